using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision.Topics;

public sealed class EditTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    private static string EditPage(int id) => $"/Staff/Supervision/Topics/Edit/{id}";

    [Fact]
    public async Task Staff_edit_a_topic_and_a_stale_form_is_refused_as_a_conflict()
    {
        var world = await WorldAsync();
        var plan = await PlanAsync();
        var topic = await TopicAsync(plan, world);
        using var staff = await StaffAsync();

        var form = await staff.GetDocumentAsync(EditPage(topic));
        Value(form, "Input.Title").Should().Be("关于大气污染防治工作情况的报告");
        using (var saved = await staff.PostFormAsync(form, "#topic-form", [("Input.Title", "关于空气质量改善工作情况的报告"), ("Input.PlannedMonth", "8")]))
            ShouldRedirect(saved, TopicPage(topic));
        var stored = await StoredTopicAsync(topic);
        stored.Title.Should().Be("关于空气质量改善工作情况的报告");
        stored.PlannedMonth.Should().Be(8);

        // The form above is now stale: its version is the one before the save.
        using var stale = await staff.PostFormAsync(form, "#topic-form", [("Input.Title", "过时的名称")]);
        var refused = await RefusedAsync(stale);
        refused.Summary().Should().Contain("其他人已处理了这个监督议题");
        Value(refused, "Input.Title").Should().Be("过时的名称");
        (await StoredTopicAsync(topic)).Title.Should().Be("关于空气质量改善工作情况的报告");
    }

    [Fact]
    public async Task A_topic_sent_to_the_body_is_no_longer_editable()
    {
        var world = await WorldAsync();
        var topic = await TopicAsync(await PlanAsync(), world);
        await AssignedAsync(topic);
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(EditPage(topic));
        page.QuerySelector("#not-editable").Should().NotBeNull();
        page.QuerySelector("#topic-form").Should().BeNull();
        (await StoredTopicAsync(topic)).Status.Should().Be(SupervisionTopicStatus.Assigned);
    }
}
