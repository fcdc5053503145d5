using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Regulations;

public sealed class CompareTests(PortalAppFactory app) : WebTest(app)
{
    public const string Before = """
        示例市公园管理条例
        第一章　总则
        第一条　为了加强公园管理，发挥公园的生态、休闲和文化功能，制定本条例。
        第二条　本条例适用于本市行政区域内公园的规划、建设、保护和管理。
        第三条　公园应当免费向公众开放。
        第二章　管理与服务
        第四条　公园内禁止下列行为：
        （一）损毁花草树木；
        （二）在非指定区域游泳、垂钓。
        第五条　公园管理单位应当公开服务项目和收费标准。
        第六条　本条例自2015年3月1日起施行。
        """;

    public const string After = """
        示例市公园管理条例
        第一章　总则
        第一条　为了加强公园管理，发挥公园的生态、休闲和文化功能，制定本条例。
        第二条　本条例适用于本市行政区域内公园的规划、建设、保护和管理。
        第三条　公园应当免费向公众开放。
        第四条　公园管理单位应当为老年人、残疾人提供无障碍设施。
        第二章　管理与服务
        第五条　公园内禁止下列行为：
        （一）损毁花草树木；
        （二）在非指定区域游泳、垂钓、放风筝。
        第六条　本条例自2015年3月1日起施行。
        """;

    private static readonly Actor Staff = Actor.Staff("工作人员");

    // 公告 numbers are unique across the library: each regulation made here gets its own.
    private static int announcements;

    private static RegulationVersionDraft Draft(LegislationKind kind, string number, int year) =>
        new("示例市公园管理条例", kind, number, new DateOnly(year, 1, 10), new DateOnly(year, 2, 10), new DateOnly(year, 2, 20), new DateOnly(year, 3, 1), null);

    /// <summary>A regulation made through the domain: its first version, published or not, and optionally an amendment.</summary>
    public static async Task<int> RegulationAsync(AppDbContext db, DateTimeOffset now, bool publish = true, bool amend = true, bool publishAmendment = true)
    {
        var regulation = Regulation.Create(LegislativeField.UrbanRural, Draft(LegislationKind.Enact, $"第{Interlocked.Increment(ref announcements)}号", 2015), StatuteDetector.Detect(Before).Text, null, Staff, now);
        if (publish) regulation.Publish(Staff, now);
        if (amend)
        {
            regulation.AddVersion(Draft(LegislationKind.Amend, $"第{Interlocked.Increment(ref announcements)}号", 2020), StatuteDetector.Detect(After).Text, null, Staff, now);
            if (publishAmendment) regulation.Publish(Staff, now);
        }
        db.Regulations.Add(regulation);
        await db.SaveChangesAsync();
        return regulation.Id;
    }

    [Fact]
    public async Task The_current_and_previous_versions_are_compared_article_by_article_with_words_marked()
    {
        var id = await DbAsync(db => RegulationAsync(db, App.Clock.GetUtcNow()));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/Compare/{id}");

        page.QuerySelector("#compare-summary")!.TextContent.Should().Contain("修改 1 条，新增 1 条，删除 1 条");
        var rows = page.QuerySelectorAll(".compare-row").ToList();
        rows.Should().HaveCount(7);
        var added = rows.Single(r => r.ClassList.Contains("compare-added"));
        added.QuerySelector(".compare-new")!.TextContent.Should().Contain("新增").And.Contain("无障碍设施");
        added.QuerySelector(".compare-new ins").Should().NotBeNull();
        added.QuerySelector(".compare-old")!.TextContent.Should().Contain("原版本无此条");
        var removed = rows.Single(r => r.ClassList.Contains("compare-removed"));
        removed.QuerySelector(".compare-old")!.TextContent.Should().Contain("删除").And.Contain("公开服务项目");
        var changed = rows.Single(r => r.ClassList.Contains("compare-changed"));
        changed.QuerySelector(".compare-new ins")!.TextContent.Should().Be("、放风筝");
        changed.QuerySelector(".compare-new")!.TextContent.Should().Contain("修改").And.Contain("原第四条 → 第五条");
        changed.QuerySelector(".compare-old del").Should().BeNull("nothing was deleted from that article");
        page.QuerySelectorAll(".compare-chapter").Select(h => h.TextContent).Should().Equal("第一章\u3000总则", "第二章\u3000管理与服务");
        page.QuerySelectorAll("#compare-from option").Should().HaveCount(2);
        AtomFeedReader.AdvertisedFeeds(page).Should().Equal(["/Regulations/Feed"], "every page of the library advertises its feed of changes");
    }

    [Fact]
    public async Task The_toggle_shows_only_the_articles_that_changed()
    {
        var id = await DbAsync(db => RegulationAsync(db, App.Clock.GetUtcNow()));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/Compare/{id}?from=1&to=2&changed=true");

        page.QuerySelectorAll(".compare-row").Should().HaveCount(3, "the changed, the added, the removed; renumbered-only rows too would count, there are none unchanged here");
        page.QuerySelector("#compare-toggle")!.TextContent.Should().Be("显示全部条文");
    }

    [Fact]
    public async Task Versions_can_be_picked_either_way_round_and_the_older_stays_on_the_left()
    {
        var id = await DbAsync(db => RegulationAsync(db, App.Clock.GetUtcNow()));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/Compare/{id}?from=2&to=1");

        page.QuerySelector(".compare-added .compare-new")!.TextContent.Should().Contain("无障碍设施");
    }

    [Fact]
    public async Task A_regulation_with_one_published_version_says_there_is_nothing_to_compare()
    {
        var id = await DbAsync(db => RegulationAsync(db, App.Clock.GetUtcNow(), publishAmendment: false));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/Compare/{id}");

        page.QuerySelector("#compare-single").Should().NotBeNull();
        (await anonymous.GetAsync($"/Regulations/Compare/{id}?to=2")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the amendment is not published");
    }

    [Fact]
    public async Task An_unpublished_regulation_or_an_unknown_version_is_not_found()
    {
        var hidden = await DbAsync(db => RegulationAsync(db, App.Clock.GetUtcNow(), publish: false, amend: false));
        var id = await DbAsync(db => RegulationAsync(db, App.Clock.GetUtcNow()));
        using var anonymous = AnonymousClient();

        (await anonymous.GetAsync($"/Regulations/Compare/{hidden}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/Regulations/Compare/{id}?from=7")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/Regulations/Compare/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
