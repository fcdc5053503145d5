using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data;

/// <summary>
/// <see cref="Suggestion.IsDisclosed"/>, kept by the workflow, says what the rule over the rows says
/// (docs/domain/suggestions.md#disclosure): 已答复, 重新办理 or 已办结 with an answering unit whose latest reviewed reply staff
/// published. Checked over the demo city, which the workflow built in every status, and after staff review a new round.
/// </summary>
public sealed class SuggestionDisclosureFlagTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_kept_flag_matches_the_rule_over_replies_for_every_suggestion_of_the_demo_city()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });

        var rows = await DbAsync(db => db.Suggestions.AsNoTracking().Select(s => new { s.Id, s.Status, s.IsDisclosed }).ToListAsync());
        var byRule = (await DbAsync(db => ByTheRule(db.Suggestions.AsNoTracking()).Select(s => s.Id).ToListAsync())).ToHashSet();

        rows.Should().HaveCountGreaterThan(300);
        byRule.Should().NotBeEmpty();
        rows.Where(r => r.IsDisclosed != byRule.Contains(r.Id)).Should().BeEmpty("the kept flag and the rule over the replies agree");
        rows.Should().Contain(r => !r.IsDisclosed && (r.Status == SuggestionStatus.Replied || r.Status == SuggestionStatus.Closed),
            "some replied suggestions have no published reply (not publishable, or not reviewed yet)");
    }

    /// <summary>The rule as the public list applied it per row before the flag (kept here as the oracle).</summary>
    private static IQueryable<Suggestion> ByTheRule(IQueryable<Suggestion> query) =>
        query.Where(s => (s.Status == SuggestionStatus.Replied || s.Status == SuggestionStatus.Rehandling || s.Status == SuggestionStatus.Closed)
            && s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Any(a => a.Replies.Any(r => r.IsPublished)))
        .Where(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering)
            .Any(a => a.Replies.Any(r => r.IsPublished && r.Round == a.Replies.Where(x => x.ReviewedAt != null).Max(x => x.Round))));
}
