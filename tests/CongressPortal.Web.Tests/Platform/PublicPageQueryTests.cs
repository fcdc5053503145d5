using System.Diagnostics;
using System.Net;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Suggestions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// An uncached public page (a search, the first view after a change) costs a few queries whatever the number of deputies,
/// stations or suggestions it lists: no query per row.
/// </summary>
public sealed class PublicPageQueryTests(PortalAppFactory app) : PublicSuggestionTest(app)
{
    /// <summary>Counts the SQL commands sent to PostgreSQL while it is alive (Npgsql's tracing: one activity per command).</summary>
    private sealed class CommandCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private int _count;

        public CommandCounter()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    if (activity.GetTagItem("db.statement") is not null || activity.GetTagItem("db.query.text") is not null) Interlocked.Increment(ref _count);
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>The SQL commands one uncached anonymous GET of <paramref name="url"/> runs.</summary>
    private async Task<int> QueriesAsync(string url)
    {
        await PublicPageCache.EvictAllAsync(App.Services.GetRequiredService<IOutputCacheStore>());
        using var anonymous = AnonymousClient();
        using (var warm = await anonymous.GetAsync(url)) warm.StatusCode.Should().Be(HttpStatusCode.OK, url);
        await PublicPageCache.EvictAllAsync(App.Services.GetRequiredService<IOutputCacheStore>());
        using var counter = new CommandCounter();
        using var response = await anonymous.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Headers.Age.Should().BeNull("the page is rendered, not served from the cache");
        return counter.Count;
    }

    private async Task<(int StationId, int DeputyId)> CityAsync(int deputies, int firstNumber)
    {
        var district = await Data.DistrictAsync($"第{firstNumber}区");
        var area = (await Data.SubdistrictAsync(district.Id, $"第{firstNumber}街道")).Id;
        var ids = new List<int>();
        for (var i = 0; i < deputies; i++) ids.Add((await Data.MunicipalDeputyAsync($"代表{firstNumber + i}", $"16{firstNumber + i}")).Id);
        var station = await Data.StationAsync(area, $"联络站{deputies}", [.. ids.Select((id, i) => (id, i == 0 ? StationRole.Head : StationRole.Member))]);
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 3, 5), Weekday: DayOfWeek.Thursday), [.. ids]);
        foreach (var id in ids) await Data.PerformanceEventAsync(PerformanceEventKind.CongressSession, new DateOnly(2026, 1, 15), id);
        return (station.Id, ids[0]);
    }

    [Fact]
    public async Task Each_kind_of_public_page_runs_a_few_queries_whatever_the_number_of_rows()
    {
        var (station, deputy) = await CityAsync(2, 500);
        var world = await Data.SuggestionWorldAsync();
        await RepliedAsync(world, "关于加快老旧小区加装电梯的建议");
        var pages = new Dictionary<string, string>
        {
            ["deputy profile"] = $"/Deputies/Details/{deputy}",
            ["directory"] = "/Deputies",
            ["stations"] = "/Stations",
            ["station"] = $"/Stations/Details/{station}",
            ["reply search"] = "/Suggestions?q=电梯",
        };
        var few = new Dictionary<string, int>();
        foreach (var (kind, url) in pages) few[kind] = await QueriesAsync(url);

        // Twelve more deputies on the same station, more stations and more published replies.
        await CityAsync(12, 600);
        for (var i = 0; i < 5; i++) await RepliedAsync(world, $"关于加快老旧小区加装电梯的第{i}项建议");
        var many = new Dictionary<string, int>();
        foreach (var (kind, url) in pages) many[kind] = await QueriesAsync(url);

        many.Should().BeEquivalentTo(few, "no page runs a query per deputy, station or suggestion");
        // The ceilings each page meets today (see docs/benchmarks.md): the performance record is one query (a union of the
        // counts per kind of activity) for all the deputies shown, and the profile reads its stations with the deputy;
        // reception notices read the calendar, the schedules, the stations and the names; the reply search takes its filter
        // lists from memory (ReferenceLists) and runs the count and the page.
        var ceilings = new Dictionary<string, int> { ["deputy profile"] = 2, ["directory"] = 6, ["stations"] = 7, ["station"] = 8, ["reply search"] = 2 };
        foreach (var (kind, count) in few) count.Should().BeLessThanOrEqualTo(ceilings[kind], $"{kind}: {string.Join(", ", few.Select(f => $"{f.Key} {f.Value}"))}");
    }
}
