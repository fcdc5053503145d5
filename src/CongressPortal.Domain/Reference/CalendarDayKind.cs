namespace CongressPortal.Domain.Reference;

public enum CalendarDayKind
{
    /// <summary>法定节假日或调休放假.</summary>
    Holiday,

    /// <summary>调休上班: a weekend day that is a working day.</summary>
    MakeUpWorkday,
}
