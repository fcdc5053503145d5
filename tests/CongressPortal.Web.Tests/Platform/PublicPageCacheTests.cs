using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// The public report pages come from the output cache. To tell a cached page from a fresh one, the tests change a
/// report's title (shown in the browser tab) behind the application's back (plain SQL, as another node's database write would look to this node):
/// a cached page keeps the old title until something evicts it.
/// </summary>
public sealed class PublicPageCacheTests(PortalAppFactory app) : ReportTest(app)
{
    private const string Original = "2027年 示例市人民代表大会常务委员会工作报告 - 示例市人大常委会";
    private const string NewTitle = "已在数据库中改过的标题";
    private const string Changed = "2027年 " + NewTitle + " - 示例市人大常委会";

    private async Task ChangeTitleBehindTheAppsBackAsync(int id)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE work_reports SET title = @title WHERE id = @id", connection);
        update.Parameters.AddWithValue("title", NewTitle);
        update.Parameters.AddWithValue("id", id);
        (await update.ExecuteNonQueryAsync()).Should().Be(1);
    }

    private static async Task<string> TitleAsync(PortalClient client, string url = "/Reports/2027")
    {
        var page = await client.GetDocumentAsync(url);
        return page.Title!;
    }

    [Fact]
    public async Task Anonymous_readers_get_the_cached_page_until_a_correction_is_published()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var anonymous = AnonymousClient();
        using (var first = await anonymous.GetAsync("/Reports/2027")) first.Headers.Age.Should().BeNull("the first reader renders the page");
        using (var second = await anonymous.GetAsync("/Reports/2027")) second.Headers.Age.Should().NotBeNull("the second reader gets it from the cache ");

        await ChangeTitleBehindTheAppsBackAsync(id);
        (await TitleAsync(anonymous)).Should().Be(Original, "the page is cached");

        using var staff = await StaffAsync();
        (await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = ReportSamples.Clean(2027, "更正后加入的句子。") })).Dispose();
        using var corrected = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Note"] = "补充一句" }, "#correct-form");
        corrected.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await anonymous.GetDocumentAsync("/Reports/2027");
        page.QuerySelector(".report-text")!.TextContent.Should().Contain("更正后加入的句子。");
        page.Title.Should().Be(Changed, "the correction evicted the cached page");
    }

    [Fact]
    public async Task Publishing_and_unpublishing_evict_the_list_the_reading_page_the_comparison_and_the_feed()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: false);
        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/Reports")).QuerySelector("#report-list a[href='/Reports/2027']").Should().BeNull();
        (await anonymous.Http.GetStringAsync("/Reports/Feed")).Should().NotContain("/Reports/2027");
        (await anonymous.GetDocumentAsync("/Reports/Compare")).QuerySelector("#compare-data")?.TextContent.Should().NotContain("2027");
        (await anonymous.GetAsync("/Reports/2027")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var staff = await StaffAsync();

        (await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?>(), "#publish-form")).Dispose();

        (await anonymous.GetDocumentAsync("/Reports")).QuerySelector("#report-list a[href='/Reports/2027']").Should().NotBeNull();
        (await anonymous.Http.GetStringAsync("/Reports/Feed")).Should().Contain("/Reports/2027");
        (await anonymous.GetAsync("/Reports/2027")).StatusCode.Should().Be(HttpStatusCode.OK);
        using (var cached = await anonymous.GetAsync("/Reports/2027")) cached.Headers.Age.Should().NotBeNull();

        (await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Reason"] = "核实后重新发布" }, "#unpublish-form")).Dispose();

        (await anonymous.GetAsync("/Reports/2027")).StatusCode.Should().Be(HttpStatusCode.NotFound, "unpublishing evicted the page");
        (await anonymous.GetDocumentAsync("/Reports")).QuerySelector("#report-list a[href='/Reports/2027']").Should().BeNull();
        (await anonymous.Http.GetStringAsync("/Reports/Feed")).Should().NotContain("/Reports/2027");
    }

    [Fact]
    public async Task Changing_a_key_figure_evicts_the_pages_that_show_it()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        await DbAsync(async db =>
        {
            var report = await db.WorkReports.Include(r => r.Figures).SingleAsync(r => r.Id == id);
            report.AddFigure(new KeyFigureDetails("制定地方性法规", 2, "件", "报告正文", null), ReportSamples.Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/Reports/2027")).QuerySelector(".report-figures")!.TextContent.Should().Contain("2");
        (await anonymous.GetDocumentAsync("/Reports/Compare")).QuerySelector("#compare-table")!.TextContent.Should().Contain("2件");

        await DbAsync(async db =>
        {
            var report = await db.WorkReports.Include(r => r.Figures).SingleAsync(r => r.Id == id);
            report.UpdateFigure(report.Figures.Single().Id, new KeyFigureDetails("制定地方性法规", 5, "件", "报告正文", null), ReportSamples.Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        (await anonymous.GetDocumentAsync("/Reports/2027")).QuerySelector(".report-figures")!.TextContent.Should().Contain("5");
        (await anonymous.GetDocumentAsync("/Reports/Compare")).QuerySelector("#compare-table")!.TextContent.Should().Contain("5件").And.NotContain("2件");
    }

    [Fact]
    public async Task Signed_in_readers_neither_get_nor_leave_cached_pages()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var anonymous = AnonymousClient();
        (await TitleAsync(anonymous)).Should().Be(Original);
        using var staff = await StaffAsync();

        using (var signedIn = await staff.GetAsync("/Reports/2027"))
        {
            signedIn.Headers.Age.Should().BeNull("a signed-in reader's page is rendered for them");
            (await PortalClient.ParseAsync(signedIn)).QuerySelector("form[action='/Account/Logout']").Should().NotBeNull("the page has the reader's own header");
        }
        await ChangeTitleBehindTheAppsBackAsync(id);

        (await TitleAsync(staff)).Should().Be(Changed, "staff see the database as it is");
        var cached = await anonymous.GetDocumentAsync("/Reports/2027");
        cached.Title.Should().Be(Original);
        cached.QuerySelector("form[action='/Account/Logout']").Should().BeNull("no signed-in header was stored for the public");
    }

    [Fact]
    public async Task A_notification_from_another_node_evicts_the_cached_pages_here()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        await App.Services.GetRequiredService<CacheInvalidationListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        using var anonymous = AnonymousClient();
        (await TitleAsync(anonymous)).Should().Be(Original);
        await ChangeTitleBehindTheAppsBackAsync(id);
        (await TitleAsync(anonymous)).Should().Be(Original, "the page is cached");

        // What CacheNotifier sends from the node where staff published.
        await NotifyAsync($"{PublicPageCache.Reports}@0123456789ab");

        (await TitleAfterEvictionAsync(anonymous)).Should().Be(Changed, "the listener evicted the page within five seconds");
    }

    [Fact]
    public async Task A_node_does_not_evict_again_what_it_announced_itself()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        await App.Services.GetRequiredService<CacheInvalidationListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var node = App.Services.GetRequiredService<CacheNotifier>().NodeId;
        using var anonymous = AnonymousClient();
        (await TitleAsync(anonymous)).Should().Be(Original);
        (await anonymous.GetAsync("/Notices")).Dispose();
        using (var cachedNotices = await anonymous.GetAsync("/Notices")) cachedNotices.Headers.Age.Should().NotBeNull();
        await ChangeTitleBehindTheAppsBackAsync(id);

        // The echo of this node's own announcement, then another node's: notifications arrive in order on the one
        // connection, so once the second has evicted the page the first was seen and skipped.
        await NotifyAsync($"{PublicPageCache.Reports}@{node}");
        (await TitleAsync(anonymous)).Should().Be(Original, "this node evicted the page itself before it announced the change");
        await NotifyAsync($"{PublicPageCache.Notices}@0123456789ab");
        var evicted = false;
        for (var attempt = 0; attempt < 100 && !evicted; attempt++)
        {
            await Task.Delay(50);
            using var notices = await anonymous.GetAsync("/Notices");
            evicted = notices.Headers.Age is null;
        }
        evicted.Should().BeTrue("the other node's notification arrived");
        (await TitleAsync(anonymous)).Should().Be(Original, "the echo evicted nothing");

        await NotifyAsync(PublicPageCache.Reports);
        (await TitleAfterEvictionAsync(anonymous)).Should().Be(Changed, "a notification without an origin is taken as it is");
    }

    [Theory]
    [InlineData("reports", "reports")]
    [InlineData("reports@0123456789ab", "reports")]
    [InlineData("sessions:4f1c@0123456789ab", "sessions:4f1c")]
    [InlineData("reports@SELF", null)]
    public void The_origin_of_a_notification_is_read_from_its_end(string payload, string? expected)
    {
        var notifier = App.Services.GetRequiredService<CacheNotifier>();
        notifier.FromOtherNode(payload.Replace("SELF", notifier.NodeId, StringComparison.Ordinal)).Should().Be(expected);
    }

    private async Task NotifyAsync(string payload)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", PublicPageCache.Channel);
        notify.Parameters.AddWithValue("payload", payload);
        await notify.ExecuteNonQueryAsync();
    }

    private static async Task<string> TitleAfterEvictionAsync(PortalClient anonymous)
    {
        var title = Original;
        for (var attempt = 0; attempt < 100 && title == Original; attempt++)
        {
            await Task.Delay(50);
            title = await TitleAsync(anonymous);
        }
        return title;
    }
}
