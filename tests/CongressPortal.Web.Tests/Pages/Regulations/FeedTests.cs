using System.Xml.Linq;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Regulations;

public sealed class FeedTests(PortalAppFactory app) : RegulationTest(app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XElement> FeedAsync()
    {
        using var anonymous = AnonymousClient();
        using var response = await anonymous.GetAsync("/Regulations/Feed");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    [Fact]
    public async Task Each_published_version_and_each_repeal_is_an_entry_with_its_announcement_and_drafts_are_not()
    {
        var amended = await RegulationAsync("示例市河道管理条例", "公告第2号", new DateOnly(2023, 3, 1), new DateOnly(2023, 5, 1), LegislativeField.Ecology);
        App.Clock.Advance(TimeSpan.FromHours(1));
        await AmendAsync(amended, "公告第3号", new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1), Text("示例市河道管理条例", "河道管理实行河长制。"));
        App.Clock.Advance(TimeSpan.FromHours(1));
        var repealed = await RegulationAsync("示例市古城墙保护条例", "公告第4号", new DateOnly(2015, 3, 1), new DateOnly(2015, 5, 1), LegislativeField.Heritage);
        App.Clock.Advance(TimeSpan.FromHours(1));
        await RepealAsync(repealed, "公告第5号", new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1));
        await AmendAsync(amended, "公告第6号", new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1), Text("示例市河道管理条例", "未公开的修改。"), publish: false);
        await RegulationAsync("示例市未公开条例", "公告第7号", new DateOnly(2026, 2, 25), new DateOnly(2026, 6, 1), publish: false);

        var feed = await FeedAsync();

        feed.Element(Atom + "title")!.Value.Should().Be("示例市法规库更新");
        feed.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).EndsWith("/Regulations/Feed", StringComparison.Ordinal));
        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "title")!.Value).Should().Equal(
            "示例市古城墙保护条例（废止）", "示例市古城墙保护条例（制定）", "示例市河道管理条例（修改）", "示例市河道管理条例（制定）");
        entries[0].Element(Atom + "summary")!.Value.Should().Contain("公告第5号").And.Contain("2026年1月10日公布").And.Contain("2026年2月1日起废止");
        entries[2].Element(Atom + "summary")!.Value.Should().Contain("公告第3号").And.Contain("2025年7月1日公布").And.Contain("2025年8月1日起施行");
        entries[2].Element(Atom + "id")!.Value.Should().EndWith($"/Regulations/{amended}?version=2");
        entries[0].Element(Atom + "id")!.Value.Should().EndWith($"/Regulations/{repealed}#repeal");
        entries.Select(e => e.Element(Atom + "id")!.Value).Should().OnlyHaveUniqueItems();
        entries.Should().OnlyContain(e => e.Element(Atom + "updated") != null && e.Element(Atom + "link")!.Attribute("href") != null);
        feed.ToString().Should().NotContain("公告第6号").And.NotContain("未公开");
    }

    [Fact]
    public async Task The_feed_holds_the_newest_fifty_changes()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第0号", new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1));
        await DbAsync(async db =>
        {
            var regulation = await db.Regulations.Include(r => r.Versions).SingleAsync(r => r.Id == id);
            for (var i = 1; i <= 55; i++)
            {
                App.Clock.Advance(TimeSpan.FromMinutes(1));
                var on = new DateOnly(2020, 1, 1).AddDays(i * 7);
                regulation.AddVersion(Draft("示例市物业管理条例", LegislationKind.Revise, $"公告第{i}号", on, on), StatuteDetector.Detect(Text("示例市物业管理条例", $"第{i}次修正后的条文。")).Text, null, Staff, App.Clock.GetUtcNow());
                regulation.Publish(Staff, App.Clock.GetUtcNow());
            }
            await db.SaveChangesAsync();
        });

        var entries = (await FeedAsync()).Elements(Atom + "entry").ToList();

        entries.Should().HaveCount(50);
        entries[0].Element(Atom + "summary")!.Value.Should().Contain("公告第55号");
        entries[^1].Element(Atom + "summary")!.Value.Should().Contain("公告第6号");
    }
}
