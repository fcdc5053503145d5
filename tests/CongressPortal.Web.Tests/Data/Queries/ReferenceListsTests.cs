using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CongressPortal.Web.Tests.Data.Queries;

/// <summary>
/// The public filters' reference lists are kept in memory on each node and forgotten when reference data is saved here or
/// on another node. To tell a kept list from a fresh one, a unit is renamed behind the application's back (plain SQL).
/// </summary>
public sealed class ReferenceListsTests(PortalAppFactory app) : WebTest(app)
{
    private static async Task<List<string>> UnitChoicesAsync(PortalClient client, string query)
    {
        var page = await client.GetDocumentAsync("/Suggestions" + query);
        return page.QuerySelectorAll("#unit option").Select(o => o.TextContent).ToList();
    }

    private async Task RenameBehindTheAppsBackAsync(int unitId, string name)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE handling_units SET name = @name WHERE id = @id", connection);
        update.Parameters.AddWithValue("name", name);
        update.Parameters.AddWithValue("id", unitId);
        (await update.ExecuteNonQueryAsync()).Should().Be(1);
    }

    [Fact]
    public async Task The_lists_are_read_once_and_a_unit_saved_here_is_offered_at_once()
    {
        var unit = await Data.UnitAsync("示例市教育局");
        using var anonymous = AnonymousClient();
        (await UnitChoicesAsync(anonymous, "?q=一")).Should().Contain("示例市教育局");
        await RenameBehindTheAppsBackAsync(unit.Id, "改名后的教育局");
        (await UnitChoicesAsync(anonymous, "?q=二")).Should().Contain("示例市教育局", "a new search (a page not cached) still takes the lists from memory")
            .And.NotContain("改名后的教育局");

        await Data.UnitAsync("示例市卫生健康委员会");

        (await UnitChoicesAsync(anonymous, "?q=三")).Should().Contain(["改名后的教育局", "示例市卫生健康委员会"], "saving a unit forgot the lists");
    }

    [Fact]
    public async Task Another_nodes_notification_makes_this_node_read_the_lists_again()
    {
        var unit = await Data.UnitAsync("示例市教育局");
        await App.Services.GetRequiredService<CacheInvalidationListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        using var anonymous = AnonymousClient();
        (await UnitChoicesAsync(anonymous, "?q=一")).Should().Contain("示例市教育局");
        await RenameBehindTheAppsBackAsync(unit.Id, "改名后的教育局");

        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", PublicPageCache.Channel);
            notify.Parameters.AddWithValue("payload", PublicPageCache.Reference + "@0123456789ab");
            await notify.ExecuteNonQueryAsync();
        }

        var choices = new List<string>();
        for (var attempt = 0; attempt < 100 && !choices.Contains("改名后的教育局"); attempt++)
        {
            await Task.Delay(50);
            choices = await UnitChoicesAsync(anonymous, $"?q=第{attempt}次");
        }
        choices.Should().Contain("改名后的教育局").And.NotContain("示例市教育局");
    }
}
