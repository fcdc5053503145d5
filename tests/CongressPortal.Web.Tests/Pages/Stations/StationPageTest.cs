using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Stations;

/// <summary>What the tests of a station's public page and the reception notices feed share: a sub-district and a weekly schedule.</summary>
public abstract class StationPageTest(PortalAppFactory app) : WebTest(app)
{
    /// <summary>Every <paramref name="day"/>, 09:00—11:00, from <paramref name="from"/>.</summary>
    protected static ScheduleRule Weekly(DayOfWeek day, DateOnly from) =>
        new(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), from, Weekday: day);

    /// <summary>A sub-district (青山路街道) of a district, where stations are placed.</summary>
    protected async Task<int> AreaAsync()
    {
        var district = await Data.DistrictAsync();
        return (await Data.SubdistrictAsync(district.Id)).Id;
    }
}
