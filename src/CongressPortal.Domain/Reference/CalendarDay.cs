using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>One exception to the Monday–Friday rule, as published each year by the State Council's general office.</summary>
public sealed class CalendarDay
{
    private CalendarDay() { }

    public int Id { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public uint Version { get; private set; }

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string name)
    {
        var day = new CalendarDay();
        day.Update(date, kind, name);
        return day;
    }

    public void Update(DateOnly date, CalendarDayKind kind, string name)
    {
        Date = date;
        Kind = kind;
        Name = Text.Required(name, "Name", "名称", 50);
    }

    public static WorkingDayCalendar ToCalendar(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        return new WorkingDayCalendar(
            list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
            list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date));
    }
}
