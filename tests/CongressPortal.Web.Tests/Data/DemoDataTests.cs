using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Data;

/// <summary>The demo data `./run.sh` loads: it must load, and it must show a living system.</summary>
public sealed class DemoDataTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_demo_city_has_a_session_of_suggestions_in_every_status_with_overdue_key_and_re_handled_ones()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
        var today = new DateOnly(2026, 11, 23);

        var suggestions = await DbAsync(db => db.Suggestions.AsNoTracking()
            .Select(s => new { s.Status, s.Source, s.IsKey, s.Rehandled, s.DueOn, s.ThemeId, s.Assignments.Count, s.SubmittedOnline }).ToListAsync());
        suggestions.Count(s => s.Source == SuggestionSource.DuringSession).Should().BeInRange(340, 360);
        suggestions.Select(s => s.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<SuggestionStatus>());
        suggestions.Count(s => (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling) && s.DueOn < today).Should().BeGreaterThan(0, "some are overdue");
        suggestions.Count(s => (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling) && s.DueOn >= today && s.DueOn <= today.AddDays(15)).Should().BeGreaterThan(0, "some are due soon");
        suggestions.Count(s => s.IsKey).Should().BeGreaterThan(10);
        suggestions.Count(s => s.ThemeId != null).Should().BeGreaterThan(5);
        suggestions.Count(s => s.Rehandled).Should().BeGreaterThan(5);
        suggestions.Count(s => s.SubmittedOnline).Should().BeGreaterThan(0);
        var units = await DbAsync(db => db.Suggestions.SelectMany(s => s.Assignments).Select(a => a.UnitId).Distinct().CountAsync());
        // By subject (DemoSuggestionSeeder.Subjects), not at random: the units that handle the subjects, not every unit.
        units.Should().BeGreaterThan(28, "the session's subjects go to their lead and co-units, most of the city's units");

        var demoDeputy = await DbAsync(db => db.Deputies.SingleAsync(d => d.Name == DemoPeopleSeeder.DemoDeputyName && d.Number == "16001"));
        var own = await DbAsync(db => db.Suggestions.Where(s => s.Deputies.Any(d => d.DeputyId == demoDeputy.Id)).CountAsync());
        own.Should().BeGreaterThan(5, "the demo deputy has suggestions to look at");
        var demoUnit = await DbAsync(db => db.HandlingUnits.SingleAsync(u => u.Name == DemoSeeder.DemoUnitName));
        var unitStates = await DbAsync(db => db.Suggestions.SelectMany(s => s.Assignments).Where(a => a.UnitId == demoUnit.Id).Select(a => a.State).Distinct().ToListAsync());
        unitStates.Should().Contain([AssignmentState.AwaitingAcceptance, AssignmentState.Accepted, AssignmentState.Replied]);

        var figures = await ServiceAsync<SuggestionStatistics, IReadOnlyList<SuggestionFigures>>(s => s.ComputeAsync(StatsDimension.Year, new SuggestionStatistics.Scope(2026, null), default));
        figures.Single().SolvedRate.Should().BeInRange(70m, 95m);
        figures.Single().SatisfactionRate.Should().BeGreaterThan(90m);
        (await DbAsync(db => db.ReceptionIssueLinksAsync())).Should().BeGreaterThan(0, "some between-session suggestions came from station receptions");
    }
}

internal static class DemoQueries
{
    public static Task<int> ReceptionIssueLinksAsync(this AppDbContext db) =>
        db.Receptions.SelectMany(r => r.Issues).CountAsync(i => i.SuggestionId != null);
}
