using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Regulations;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// /api/v1/regulations: published regulations with every published version and the newest published version's articles. A
/// regulation once published stays published (there is no withdrawal): a repeal keeps it listed with its repeal data.
/// </summary>
public sealed class RegulationsKindTests(PortalAppFactory app) : RegulationTest(app)
{
    private const string Kind = "regulations";

    [Fact]
    public async Task Published_regulations_are_listed_with_versions_and_articles_and_follow_new_versions_and_a_repeal()
    {
        var id = await PublishedAsync();
        var pending = await RegulationAsync("示例市人大常委会公告第9号", title: "示例市城市绿化条例");

        using var client = AnonymousClient();
        var listed = await KindApi.OnlyAsync(client, Kind, id);
        listed.GetProperty("type").GetString().Should().Be("regulation");
        listed.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Regulations/{id}");
        listed.GetProperty("title").GetString().Should().Be(SampleTitle);
        listed.GetProperty("field").GetString().Should().Be("ecology");
        listed.GetProperty("repeal").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var first = listed.GetProperty("versions").EnumerateArray().Single();
        first.GetProperty("number").GetInt32().Should().Be(1);
        first.GetProperty("kind").GetString().Should().Be("enact");
        first.GetProperty("announcement_number").GetString().Should().Be("示例市人大常委会公告第1号");
        first.GetProperty("promulgated_on").GetString().Should().Be("2019-10-01");
        first.GetProperty("effective_on").GetString().Should().Be("2019-10-31");
        first.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Regulations/{id}?version=1");
        listed.GetProperty("articles_version").GetInt32().Should().Be(1);
        var articles = listed.GetProperty("articles").EnumerateArray().ToList();
        articles.Select(a => a.GetProperty("label").GetString()).Should().Equal("第一条", "第二条", "第三条", "第四条");
        articles[0].GetProperty("chapter").GetString().Should().Contain("总则");
        articles[2].GetProperty("chapter").GetString().Should().Contain("保护措施");
        articles[1].GetProperty("text").GetString().Should().Be("本条例适用于本市行政区域内古树名木的保护和管理。\n本条例所称古树，是指树龄在一百年以上的树木。");
        articles[2].GetProperty("text").GetString().Should().Contain("（一）刻划、钉钉、缠绕绳索；");
        articles[0].GetProperty("web").GetString().Should().StartWith($"{KindApi.Origin}/Regulations/{id}?version=1#");
        (await KindApi.StatusAsync(client, Kind, pending)).Should().Be(HttpStatusCode.NotFound);

        // A new version is not public while pending; once published it is listed and its articles replace the old ones.
        await ActAsync(id, (store, version) => store.AddVersionAsync(id, version,
            Draft("示例市人大常委会公告第20号", new DateOnly(2025, 12, 1), LegislationKind.Amend), Statute(extra: "\n第五条　本条例自公布之日起施行。"), null, Clerk, default));
        var unchanged = await KindApi.GetAsync(client, Kind, id);
        unchanged.GetProperty("versions").GetArrayLength().Should().Be(1, "a pending version is not public");
        KindApi.Modified(unchanged).Should().Be(KindApi.Modified(listed), "nothing public changed");
        await ActAsync(id, (store, version) => store.PublishAsync(id, version, Clerk, default));
        var amended = await KindApi.ModifiedSinceAsync(client, Kind, id, KindApi.Modified(listed));
        amended.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("announcement_number").GetString())
            .Should().Equal("示例市人大常委会公告第1号", "示例市人大常委会公告第20号");
        amended.GetProperty("versions")[1].GetProperty("kind").GetString().Should().Be("amend");
        amended.GetProperty("articles_version").GetInt32().Should().Be(2);
        amended.GetProperty("articles").GetArrayLength().Should().Be(5);

        // Repealed on the staff page: still published, with the repeal.
        using var staff = await StaffAsync();
        using (var repealed = await PostAsync(staff, DetailsPage(id), "#form-repeal", [
            ("Repeal.AnnouncementNumber", "示例市人大常委会公告第30号"), ("Repeal.PromulgatedOn", "2026-02-10"),
            ("Repeal.RepealedOn", "2026-03-01"), ("Repeal.Reason", "已被新制定的条例取代。")]))
            ShouldRedirect(repealed, DetailsPage(id));
        var gone = await KindApi.ModifiedSinceAsync(client, Kind, id, KindApi.Modified(amended));
        gone.GetProperty("deleted").GetBoolean().Should().BeFalse("a repealed regulation stays in the library");
        var repeal = gone.GetProperty("repeal");
        repeal.GetProperty("announcement_number").GetString().Should().Be("示例市人大常委会公告第30号");
        repeal.GetProperty("repealed_on").GetString().Should().Be("2026-03-01");
        repeal.GetProperty("reason").GetString().Should().Be("已被新制定的条例取代。");
        (await KindApi.ListAsync(client, Kind)).Should().ContainSingle(o => o.GetProperty("id").GetString() == KindApi.Url(Kind, id) && !o.GetProperty("deleted").GetBoolean());
    }
}
