using System.Net;
using System.Text.Json;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Supervision;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>/api/v1/supervision-plans: published plans with their amendments, topics and the year's problem counts.</summary>
public sealed class SupervisionPlansKindTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    private const string Kind = "supervision-plans";

    [Fact]
    public async Task Only_published_plans_are_listed_and_follow_amendments_and_withdrawal()
    {
        var steps = new SupervisionSteps(App);
        var world = await WorldAsync();
        var plan = await PlanAsync();
        var topic = await TopicAsync(plan, world);
        var meeting = await Data.MeetingAsync();
        await steps.AdoptAsync(plan, meeting.Id);
        var draft = await PlanAsync(2027);
        await TopicAsync(draft, world, "关于水污染防治工作情况的报告");
        await steps.AdoptAsync(draft, publish: false);
        // A published topic with one problem of two closed counts for the year.
        await AssignedAsync(topic);
        await FiledAsync(topic, world.Unit.Id);
        await steps.EvaluateAsync(topic);
        await steps.CloseAsync(topic, 1);
        await steps.PublishAsync(topic);

        using var client = AnonymousClient();
        var listed = await KindApi.OnlyAsync(client, Kind, plan);
        listed.GetProperty("type").GetString().Should().Be("supervision_plan");
        listed.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Supervision?year=2026");
        listed.GetProperty("year").GetInt32().Should().Be(2026);
        listed.GetProperty("title").GetString().Should().Be("示例市人大常委会2026年度监督工作计划");
        listed.GetProperty("summary").GetString().Should().Be("围绕中心、服务大局。");
        listed.GetProperty("adopted_on").GetString().Should().Be(Iso(Today));
        listed.GetProperty("adopted_at").GetString().Should().Contain("第三十次会议");
        listed.GetProperty("topics").EnumerateArray().Select(t => t.GetString()).Should().Equal(KindApi.Url("supervision-topics", topic));
        listed.GetProperty("problems").GetProperty("found").GetInt32().Should().Be(2);
        listed.GetProperty("problems").GetProperty("closed").GetInt32().Should().Be(1);
        listed.GetProperty("amendments").GetArrayLength().Should().Be(0);
        (await KindApi.GetAsync(client, Kind, plan)).GetProperty("year").GetInt32().Should().Be(2026);
        (await KindApi.StatusAsync(client, Kind, draft)).Should().Be(HttpStatusCode.NotFound);

        using var staff = await StaffAsync();
        using (var amended = await PostAsync(staff, PlanPage(plan), "#form-amend", [("Amend.AdoptedOn", Iso(Today)), ("Amend.Summary", "增加专题询问一项。")]))
            ShouldRedirect(amended, PlanPage(plan));
        var changed = await KindApi.ModifiedSinceAsync(client, Kind, plan, KindApi.Modified(listed));
        changed.GetProperty("amendments")[0].GetProperty("summary").GetString().Should().Be("增加专题询问一项。");
        changed.GetProperty("amendments")[0].GetProperty("number").GetInt32().Should().Be(1);

        using (var withdrawn = await PostAsync(staff, PlanPage(plan), "#form-unpublish", []))
            ShouldRedirect(withdrawn, PlanPage(plan));
        await KindApi.TombstoneAsync(client, Kind, plan, KindApi.Modified(changed));
    }
}

/// <summary>/api/v1/supervision-topics: the topics of published plans, their documents only once the topic is published.</summary>
public sealed class SupervisionTopicsKindTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    private const string Kind = "supervision-topics";

    [Fact]
    public async Task Topics_of_published_plans_are_listed_documents_only_once_published_and_a_withdrawn_plan_leaves_tombstones()
    {
        var steps = new SupervisionSteps(App);
        var world = await WorldAsync();
        var plan = await PlanAsync();
        var topic = await TopicAsync(plan, world);
        await steps.AdoptAsync(plan);
        var other = await PlanAsync(2027);
        var hidden = await TopicAsync(other, world, "关于水污染防治工作情况的报告");
        await steps.AdoptAsync(other, publish: false);
        await TopicActAsync(topic, (t, s, c, now) => t.RecordDeliberation(new DeliberationDraft(Today, null, "报告全文。"), s, c, Clerk, now));
        await TopicActAsync(topic, (t, _, _, now) => t.EditOpinions(new OpinionsDraft("未公开的审议意见全文。", [new ProblemDraft("扬尘管控责任落实不严。", null)]), Clerk, now));

        using var client = AnonymousClient();
        var listed = await KindApi.OnlyAsync(client, Kind, topic);
        listed.GetProperty("type").GetString().Should().Be("supervision_topic");
        listed.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Supervision/Topic/{topic}");
        listed.GetProperty("plan").GetString().Should().Be(KindApi.Url("supervision-plans", plan));
        listed.GetProperty("title").GetString().Should().Be("关于大气污染防治工作情况的报告");
        listed.GetProperty("form").GetString().Should().Be("special_work_report");
        listed.GetProperty("form_label").GetString().Should().Be("听取审议专项工作报告");
        listed.GetProperty("reporting_unit").GetString().Should().Be(KindApi.Url("units", world.Unit.Id));
        listed.GetProperty("committee").GetString().Should().Be(KindApi.Url("committees", world.Committee.Id));
        listed.GetProperty("planned_month").GetInt32().Should().Be(6);
        listed.GetProperty("status").GetString().Should().Be("deliberated");
        listed.GetProperty("published").GetBoolean().Should().BeFalse();
        listed.GetProperty("documents").ValueKind.Should().Be(JsonValueKind.Null);
        listed.GetProperty("problem_counts").ValueKind.Should().Be(JsonValueKind.Null);
        listed.GetRawText().Should().NotContain("未公开的审议意见全文").And.NotContain("扬尘管控");
        (await KindApi.StatusAsync(client, Kind, hidden)).Should().Be(HttpStatusCode.NotFound);

        // Staff correct the title on the edit page.
        using var staff = await StaffAsync();
        using (var saved = await staff.PostFormAsync(await staff.GetDocumentAsync($"/Staff/Supervision/Topics/Edit/{topic}"), "#topic-form",
            [("Input.Title", "关于空气质量改善工作情况的报告")]))
            ShouldRedirect(saved, TopicPage(topic));
        var edited = await KindApi.ModifiedSinceAsync(client, Kind, topic, KindApi.Modified(listed));
        edited.GetProperty("title").GetString().Should().Be("关于空气质量改善工作情况的报告");

        await steps.PublishAsync(topic);
        var published = await KindApi.GetAsync(client, Kind, topic);
        published.GetProperty("published").GetBoolean().Should().BeTrue();
        var documents = published.GetProperty("documents");
        documents.GetProperty("report_text").GetString().Should().Be("报告全文。");
        documents.GetProperty("opinions_text").GetString().Should().Be("未公开的审议意见全文。");
        documents.GetProperty("problems")[0].GetProperty("text").GetString().Should().Be("扬尘管控责任落实不严。");
        documents.GetProperty("problems")[0].GetProperty("unit").GetString().Should().Be(KindApi.Url("units", world.Unit.Id));
        documents.GetProperty("problems")[0].GetProperty("status").GetString().Should().Be("open");
        published.GetProperty("problem_counts").GetProperty("found").GetInt32().Should().Be(1);
        published.GetProperty("problem_counts").GetProperty("closed").GetInt32().Should().Be(0);

        // Withdrawing the plan's publication withdraws its topics.
        using (var withdrawn = await PostAsync(staff, PlanPage(plan), "#form-unpublish", []))
            ShouldRedirect(withdrawn, PlanPage(plan));
        await KindApi.TombstoneAsync(client, Kind, topic, KindApi.Modified(published));
    }
}
