using System.Net;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Suggestions;
using Npgsql;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Each kind of public page comes from the output cache (a change written behind the application's back, as another node's
/// write looks to this one, stays invisible) until the application saves data the page shows: then the next GET shows it.
/// </summary>
public sealed class PublicPageEvictionTests(PortalAppFactory app) : PublicSuggestionTest(app)
{
    private async Task BehindTheAppsBackAsync(string sql, int id)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand(sql, connection);
        update.Parameters.AddWithValue("id", id);
        (await update.ExecuteNonQueryAsync()).Should().Be(1);
    }

    private static async Task<string> MainTextAsync(PortalClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("main")!.TextContent;

    private static async Task ShouldBeServedFromTheCacheAsync(PortalClient client, string url)
    {
        using (var first = await client.GetAsync(url)) first.StatusCode.Should().Be(HttpStatusCode.OK);
        using var second = await client.GetAsync(url);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        second.Headers.Age.Should().NotBeNull($"{url} is served from the output cache");
    }

    [Fact]
    public async Task The_deputies_directory_and_a_profile_show_a_change_at_once_when_the_app_saves_their_data()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16101");
        using var anonymous = AnonymousClient();
        string[] urls = ["/Deputies", $"/Deputies/Details/{deputy.Id}", "/Deputies?q=王"];
        foreach (var url in urls) await ShouldBeServedFromTheCacheAsync(anonymous, url);

        await BehindTheAppsBackAsync("UPDATE deputies SET name = '王建中' WHERE id = @id", deputy.Id);
        foreach (var url in urls) (await MainTextAsync(anonymous, url)).Should().Contain("王建华", $"{url} is cached");

        // A recorded activity changes the performance record that both pages show.
        await Data.PerformanceEventAsync(PerformanceEventKind.CongressSession, new DateOnly(2026, 1, 15), deputy.Id);
        foreach (var url in urls) (await MainTextAsync(anonymous, url)).Should().Contain("王建中", $"the save evicted {url}");
    }

    [Fact]
    public async Task The_stations_list_and_a_station_page_show_a_new_reception_schedule_at_once()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16101");
        var district = await Data.DistrictAsync();
        var station = await Data.StationAsync((await Data.SubdistrictAsync(district.Id)).Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        using var anonymous = AnonymousClient();
        string[] urls = ["/Stations", $"/Stations/Details/{station.Id}", $"/Stations?district={district.Id}"];
        foreach (var url in urls) await ShouldBeServedFromTheCacheAsync(anonymous, url);

        await BehindTheAppsBackAsync("UPDATE stations SET name = '青山路街道代表之家' WHERE id = @id", station.Id);
        foreach (var url in urls) (await MainTextAsync(anonymous, url)).Should().Contain("青山路街道人大代表联络站").And.NotContain("青山路街道代表之家");

        // TestClock: Monday 2026-03-02 09:00 in Beijing; a Thursday reception is announced from the 5th.
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 3, 5), Weekday: DayOfWeek.Thursday), deputy.Id);
        foreach (var url in urls)
        {
            var text = await MainTextAsync(anonymous, url);
            text.Should().Contain("青山路街道代表之家", $"the save evicted {url}").And.Contain("2026年3月5日");
        }
    }

    [Fact]
    public async Task Published_replies_their_search_and_a_reply_page_show_a_newly_published_reply_at_once()
    {
        var world = await Data.SuggestionWorldAsync();
        var first = await RepliedAsync(world, "关于加快老旧小区加装电梯的建议");
        using var anonymous = AnonymousClient();
        string[] urls = ["/Suggestions", "/Suggestions?q=电梯", $"/Suggestions/Details/{first.Id}"];
        foreach (var url in urls) await ShouldBeServedFromTheCacheAsync(anonymous, url);

        await BehindTheAppsBackAsync("UPDATE suggestions SET title = '关于加快老旧小区加装电梯的建议（改）' WHERE id = @id", first.Id);
        foreach (var url in urls) (await MainTextAsync(anonymous, url)).Should().NotContain("（改）", $"{url} is cached");

        var second = await RepliedAsync(world, "关于增设社区公交线路的建议");
        (await ListedTitlesAsync(anonymous)).Should().BeEquivalentTo("关于加快老旧小区加装电梯的建议（改）", "关于增设社区公交线路的建议");
        (await MainTextAsync(anonymous, "/Suggestions?q=电梯")).Should().Contain("（改）");
        (await MainTextAsync(anonymous, $"/Suggestions/Details/{first.Id}")).Should().Contain("（改）");
        (await MainTextAsync(anonymous, $"/Suggestions/Details/{second.Id}")).Should().Contain("关于增设社区公交线路的建议");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Proposals")]
    [InlineData("/Supervision")]
    [InlineData("/FilingReview")]
    [InlineData("/Suggestions/Commitments")]
    [InlineData("/Suggestions/HandlingReports")]
    [InlineData("/Deputies")]
    [InlineData("/Stations")]
    public async Task A_page_reading_reference_data_is_rendered_afresh_after_staff_save_reference_data(string url)
    {
        using var anonymous = AnonymousClient();
        await ShouldBeServedFromTheCacheAsync(anonymous, url);

        await Data.CategoryAsync("教育科技");

        using var fresh = await anonymous.GetAsync(url);
        fresh.StatusCode.Should().Be(HttpStatusCode.OK);
        fresh.Headers.Age.Should().BeNull("the save evicted the cached page");
    }

    [Fact]
    public async Task A_signed_in_reader_of_a_public_page_neither_gets_nor_leaves_a_cached_copy()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16101");
        using var staff = await SignedInClientAsync(Domain.Common.PortalRole.Staff);
        using (var signedIn = await staff.GetAsync($"/Deputies/Details/{deputy.Id}")) signedIn.Headers.Age.Should().BeNull();
        using (var again = await staff.GetAsync($"/Deputies/Details/{deputy.Id}")) again.Headers.Age.Should().BeNull("signed-in readers get their own page");
        using var anonymous = AnonymousClient();
        using var page = await anonymous.GetAsync($"/Deputies/Details/{deputy.Id}");
        page.Headers.Age.Should().BeNull("nothing a signed-in reader was shown was stored");
        (await PortalClient.ParseAsync(page)).QuerySelector("form[action='/Account/Logout']").Should().BeNull();
    }
}
