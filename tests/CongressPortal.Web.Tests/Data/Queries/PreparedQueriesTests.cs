using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data.Queries;

/// <summary>
/// Queries marked <see cref="PreparedQueries.Prepared{T}"/> run as prepared statements that stay on their connection; others
/// do not (a generic plan for a date range could read every row: docs/benchmarks.md).
/// </summary>
public sealed class PreparedQueriesTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task A_marked_query_is_prepared_on_its_connection_and_an_unmarked_one_is_not()
    {
        var (before, after) = await DbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                // Earlier tests may have left their own statements on this pooled connection: only what these queries add counts.
                var existing = await PreparedAsync(db);
                foreach (var year in new[] { 2026, 2025 })
                {
                    // The same statement, run again with another value.
                    (await db.Suggestions.Where(s => s.Year == year && s.Sequence == -7).Prepared().CountAsync()).Should().Be(0);
                }
                (await db.Deputies.Where(d => d.Name == "无此人").CountAsync()).Should().Be(0);
                return (existing, await PreparedAsync(db));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        var added = after.Except(before).ToList();
        added.Should().ContainSingle("the marked query once, however often it ran; the unmarked one not at all")
            .Which.Should().Contain("-- " + PreparedQueries.Tag).And.Contain("suggestions").And.Contain("-7");
    }

    private static Task<List<string>> PreparedAsync(AppDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();

    [Fact]
    public async Task The_public_search_and_the_deputy_profile_answer_the_same_when_their_statements_are_reused()
    {
        var deputy = await Data.DeputyAsync();
        var profiles = new List<string>();
        var searches = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            // Past the fifth execution PostgreSQL may switch a prepared statement to its generic plan: the answers stay.
            var profile = await ServiceAsync<Web.Pages.Deputies.DetailsModel.Handler, Web.Pages.Deputies.DetailsModel.Profile?>(h => h.HandleAsync(deputy.Id, default));
            profile!.Name.Should().Be(deputy.Name);
            profiles.Add(System.Text.Json.JsonSerializer.Serialize(profile));
            var search = await ServiceAsync<Web.Pages.Suggestions.IndexModel.Handler, Web.Pages.Suggestions.IndexModel.Result>(
                h => h.HandleAsync(new(null, null, null, "电梯", i + 1), default));
            searches.Add($"{search.Total}/{search.Pages}/{search.Rows.Count}");
        }

        profiles.Should().AllBe(profiles[0]).And.NotContain("null");
        searches.Should().AllBe("0/1/0");
    }
}
