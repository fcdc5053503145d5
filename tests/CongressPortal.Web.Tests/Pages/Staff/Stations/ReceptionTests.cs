using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class ReceptionTests(PortalAppFactory app) : StationTest(app)
{
    [Fact]
    public async Task Visitor_contacts_are_masked_in_the_list_and_shown_in_full_on_the_reception_page()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 23), [li.Id],
            new TestData.VisitorIssue("王大妈", "13812345678", "小区路灯不亮", HandlingPath.ReferredToSubdistrict));
        using var staff = await StaffAsync();

        var list = await staff.GetDocumentAsync($"{List}/Receptions");
        var row = Text(list, $"#reception-{reception.Id}");
        row.Should().Contain("王**").And.Contain("138****5678").And.Contain("钢城街道人大代表联络站").And.Contain("李建国");
        list.DocumentElement.OuterHtml.Should().NotContain("13812345678").And.NotContain("王大妈");

        var details = await staff.GetDocumentAsync($"{List}/Reception/{reception.Id}");
        Text(details, "#visitors").Should().Contain("王大妈").And.Contain("13812345678");
    }

    [Fact]
    public async Task Staff_records_the_feedback_on_a_passed_on_issue_and_a_feedback_date_in_the_future_is_refused()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 23), [li.Id],
            new TestData.VisitorIssue("王大妈", "13812345678", "小区路灯不亮", HandlingPath.ReferredToSubdistrict, li.Id),
            new TestData.VisitorIssue("李师傅", null, "咨询养老补贴政策"));
        var passedOn = reception.Issues.Single(i => i.Path == HandlingPath.ReferredToSubdistrict);
        var answered = reception.Issues.Single(i => i.Path == HandlingPath.AnsweredOnSpot);
        var url = $"{List}/Reception/{reception.Id}";
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(url);
        page.QuerySelector($"#feedback-{answered.Id}").Should().BeNull("an issue answered on the spot needs no feedback");

        using (var future = await staff.SubmitFormAsync(page, Form(("Feedback.Text", "已修复"), ("Feedback.On", "2026-03-03")), $"#feedback-{passedOn.Id}"))
        {
            var refused = await RefusedAsync(future);
            refused.FieldError("Feedback.On").Should().Be(StationMessages.FeedbackInFuture.Message);
            Text(refused, $"#feedback-text-{passedOn.Id}").Should().Be("已修复");
        }

        using (var missing = await staff.SubmitFormAsync(url, Form(("Feedback.Text", "")), $"#feedback-{passedOn.Id}"))
        {
            (await RefusedAsync(missing)).FieldError("Feedback.Text").Should().Be("请填写反馈情况");
        }

        using (var saved = await staff.SubmitFormAsync(url, Form(("Feedback.Text", "街道已于3月1日修复路灯，并电话告知王大妈。"), ("Feedback.On", "2026-03-02")), $"#feedback-{passedOn.Id}"))
        {
            ShouldRedirect(saved, url);
        }
        var stored = (await StoredReceptionAsync(reception.Id)).Issues.Single(i => i.Id == passedOn.Id);
        stored.Feedback.Should().Be("街道已于3月1日修复路灯，并电话告知王大妈。");
        stored.FeedbackOn.Should().Be(Today);
        (await AuditAsync(nameof(ReceptionIssue), passedOn.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
        var after = await staff.GetDocumentAsync(url);
        Text(after, $"#issue-{passedOn.Id} .issue-state").Should().Be("已反馈");
        Text(after, $"#issue-{passedOn.Id} .feedback").Should().Contain("2026年3月2日").And.Contain("街道已于3月1日修复路灯");
    }

    [Fact]
    public async Task Feedback_written_over_a_page_older_than_the_last_feedback_is_refused_and_the_first_stays()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 23), [li.Id],
            new TestData.VisitorIssue("王大妈", "13812345678", "小区路灯不亮", HandlingPath.ReferredToSubdistrict, li.Id));
        var issue = reception.Issues.Single();
        var url = $"{List}/Reception/{reception.Id}";
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstPage = await first.GetDocumentAsync(url);
        var secondPage = await second.GetDocumentAsync(url);

        using (var saved = await first.SubmitFormAsync(firstPage, Form(("Feedback.Text", "街道已修复路灯。"), ("Feedback.On", "2026-03-02")), $"#feedback-{issue.Id}"))
        {
            ShouldRedirect(saved, url);
        }
        using var late = await second.SubmitFormAsync(secondPage, Form(("Feedback.Text", "已转街道办理。"), ("Feedback.On", "2026-03-01")), $"#feedback-{issue.Id}");

        var page = await RefusedAsync(late);
        Text(page, ".validation-summary-errors").Should().Contain(ReceptionModel.Handler.FeedbackConflict);
        Text(page, $"#feedback-text-{issue.Id}").Should().Be("已转街道办理。", "what the second person typed stays in the form");
        (await StoredReceptionAsync(reception.Id)).Issues.Single().Feedback.Should().Be("街道已修复路灯。");
    }
}
