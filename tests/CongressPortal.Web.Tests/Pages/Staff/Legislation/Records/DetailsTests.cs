using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Records;

/// <summary>A legislation record's journey on its staff page: readings (text through the text component), the vote, the approval clock, promulgation into the library, refusals.</summary>
public sealed class DetailsTests(PortalAppFactory app) : LegislationTest(app)
{
    [Fact]
    public async Task A_record_goes_from_creation_through_readings_vote_approval_and_promulgation_into_the_library()
    {
        var first = await MeetingAsync(28, new DateOnly(2026, 1, 20));
        var second = await MeetingAsync(29, new DateOnly(2026, 2, 26));
        var future = await MeetingAsync(31, new DateOnly(2026, 6, 25));
        await RegulationAsync("示例市人大常委会公告第1号");
        using var staff = await StaffAsync();
        var id = await CreateRecordAsync(staff);
        var page = await staff.GetDocumentAsync(RecordPage(id));

        // 论证会.
        using (var consulted = await PostAsync(staff, page, "#form-consultation", [("Consultation.Kind", nameof(ConsultationKind.Hearing)), ("Consultation.Place", "市人大常委会"), ("Consultation.Summary", "听取了各方意见。")]))
            page = await PageAfterAsync(staff, consulted, id);
        page.QuerySelector("#consultations")!.TextContent.Should().Contain("听取了各方意见。");

        // 二审 before 初审: refused next to the stage, what was typed kept.
        using (var outOfOrder = await PostAsync(staff, page, "#form-reading",
            [("Reading.Stage", nameof(ReadingStage.Second)), ("Reading.MeetingId", Id(first)), ("Reading.Explanation", "关于草案的说明"), ("Reading.Text.Pasted", SampleText(RecordTitle))]))
        {
            var refused = await RefusedAsync(outOfOrder);
            refused.FieldError("Reading.Stage").Should().Contain("审议须依次进行");
            Value(refused, "Reading.Explanation").Should().Be("关于草案的说明");
            refused.QuerySelector("[name='Reading.Text.Pasted']")!.TextContent.Should().Contain("第一条");
        }

        // A meeting not held yet.
        using (var notHeld = await PostAsync(staff, page, "#form-reading",
            [("Reading.Stage", nameof(ReadingStage.First)), ("Reading.MeetingId", Id(future)), ("Reading.Text.Pasted", SampleText(RecordTitle))]))
        {
            (await RefusedAsync(notHeld)).FieldError("Reading.MeetingId").Should().Contain("还没有举行");
        }

        // 初审: the text pasted, its structure detected, saved as shown (the form posts to its own handler, not to Detect).
        using var detected = await ClickAsync(staff, page, "#form-reading", "button[formaction*='Detect']",
            [("Reading.Stage", nameof(ReadingStage.First)), ("Reading.MeetingId", Id(first)), ("Reading.Text.Pasted", SampleText(RecordTitle))]);
        var preview = await RefusedAsync(detected);
        LineTexts(preview, "Reading").Should().HaveCount(11);
        preview.QuerySelector<IHtmlFormElement>("#form-reading")!.GetAttribute("action").Should().Contain("handler=Reading");
        using (var read = await PostAsync(staff, preview, "#form-reading", []))
            page = await PageAfterAsync(staff, read, id);
        var record = await RecordAsync(id);
        var reading = record.Readings.Should().ContainSingle().Subject;
        reading.HeldOn.Should().Be(new DateOnly(2026, 1, 20), "a reading's date is its meeting's");
        reading.ArticleCount.Should().Be(4);
        page.QuerySelector("#readings")!.TextContent.Should().Contain("2026");

        // 二审.
        using (var read = await PostAsync(staff, page, "#form-reading",
            [("Reading.Stage", nameof(ReadingStage.Second)), ("Reading.MeetingId", Id(second)), ("Reading.Text.Pasted", SampleText(RecordTitle, "\n第五条　本条例自2026年7月1日起施行。"))]))
            page = await PageAfterAsync(staff, read, id);

        // 表决通过 at the second meeting.
        using (var passed = await PostAsync(staff, page, "#form-passform",
            [("PassForm.MeetingId", Id(second)), ("PassForm.VotesFor", "40"), ("PassForm.VotesAgainst", "0"), ("PassForm.Abstentions", "1")]))
            page = await PageAfterAsync(staff, passed, id);
        (await RecordAsync(id)).Status.Should().Be(LegislationStatus.Passed);

        // 公布 before 批准: refused by the workflow table, nothing changes.
        var promulgateEarly = page.QuerySelector<IHtmlFormElement>("#form-submit")!;
        promulgateEarly.SetAttribute("action", $"{RecordPage(id)}?handler=Promulgate");
        using (var early = await PostAsync(staff, page, "#form-submit", [("Promulgation.AnnouncementNumber", "示例市人大常委会公告第2号"), ("Promulgation.PromulgatedOn", Iso(Today)), ("Promulgation.EffectiveOn", Iso(Today))]))
        {
            var refused = await RefusedAsync(early);
            refused.QuerySelector("#form-failed").Should().NotBeNull();
        }
        (await RecordAsync(id)).Status.Should().Be(LegislationStatus.Passed);

        // 报请批准: the due date is the server's date plus four months.
        page = await staff.GetDocumentAsync(RecordPage(id));
        using (var submitted = await PostAsync(staff, page, "#form-submit", []))
            page = await PageAfterAsync(staff, submitted, id);
        record = await RecordAsync(id);
        record.Status.Should().Be(LegislationStatus.AwaitingApproval);
        record.SubmittedOn.Should().Be(Today);
        record.ApprovalDueOn.Should().Be(Today.AddMonths(4));

        // 批准.
        using (var approved = await PostAsync(staff, page, "#form-approval", [("Approval.ApprovedOn", Iso(Today)), ("Approval.Resolution", "省人大常委会批准决定")]))
            page = await PageAfterAsync(staff, approved, id);

        // 公布 with a 公告 number already used: refused next to the number, typed values kept.
        using (var duplicate = await PostAsync(staff, page, "#form-promulgation",
            [("Promulgation.AnnouncementNumber", "示例市人大常委会公告第1号"), ("Promulgation.PromulgatedOn", Iso(Today)), ("Promulgation.EffectiveOn", Iso(Today.AddMonths(1)))]))
        {
            var refused = await RefusedAsync(duplicate);
            refused.FieldError("Promulgation.AnnouncementNumber").Should().Contain("已经用过");
            Value(refused, "Promulgation.EffectiveOn").Should().Be(Iso(Today.AddMonths(1)));
        }

        var before = await DbAsync(db => db.Regulations.CountAsync());
        using (var promulgated = await PostAsync(staff, page, "#form-promulgation",
            [("Promulgation.AnnouncementNumber", "示例市人大常委会公告第2号"), ("Promulgation.PromulgatedOn", Iso(Today)), ("Promulgation.EffectiveOn", Iso(Today.AddMonths(1)))]))
            page = await PageAfterAsync(staff, promulgated, id);
        record = await RecordAsync(id);
        record.Status.Should().Be(LegislationStatus.Promulgated);
        (await DbAsync(db => db.Regulations.CountAsync())).Should().Be(before + 1);
        var regulation = await SavedAsync(record.RegulationId!.Value);
        regulation.State.Should().Be(RegulationState.Draft);
        var version = regulation.Versions.Should().ContainSingle().Subject;
        version.IsPublished.Should().BeFalse("library staff check and publish it");
        version.AnnouncementNumber.Should().Be("示例市人大常委会公告第2号");
        version.ArticleCount.Should().Be(5, "the text of the last reading is the text passed");
        page.QuerySelector("#library-link").Should().NotBeNull();

        (await DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(LegislationRecord)))).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task The_approval_clock_warns_on_the_record_and_in_the_overview_when_the_four_months_near_their_end()
    {
        var meeting = await MeetingAsync(28, new DateOnly(2026, 1, 20));
        var staffClient = await StaffAsync();
        var id = await CreateRecordAsync(staffClient);
        var page = await FirstReadingAsync(staffClient, id, meeting);
        (await staffClient.GetDocumentAsync("/Staff")).QuerySelector("#legislation-deliberation")!.TextContent.Should().Be("1");
        using (var passed = await PostAsync(staffClient, page, "#form-passform", [("PassForm.MeetingId", Id(meeting))]))
            page = await PageAfterAsync(staffClient, passed, id);
        using (var submitted = await PostAsync(staffClient, page, "#form-submit", []))
            page = await PageAfterAsync(staffClient, submitted, id);
        page.QuerySelector("#approval-clock")!.ClassList.Should().NotContain("approval-warning", "four months are far away");
        (await staffClient.GetDocumentAsync("/Staff/Legislation/Index")).QuerySelector("#approval-attention").Should().BeNull();
        var workspace = await staffClient.GetDocumentAsync("/Staff");
        (workspace.QuerySelector("#legislation-awaiting")!.TextContent, workspace.QuerySelector("#legislation-attention")!.TextContent).Should().Be(("1", "0"));
        workspace.QuerySelector("header [data-todo='staff-approval'] .todo-count")!.TextContent.Should().Be("0");
        staffClient.Dispose();

        App.Clock.Advance(TimeSpan.FromDays(100));
        using var staff = await StaffAsync();
        page = await staff.GetDocumentAsync(RecordPage(id));
        page.QuerySelector("#approval-clock")!.ClassList.Should().Contain("approval-warning");
        (await staff.GetDocumentAsync("/Staff/Legislation/Index")).QuerySelector("#approval-attention")!.TextContent.Should().Contain(RecordTitle);
        var later = await staff.GetDocumentAsync("/Staff");
        later.QuerySelector("#legislation-attention")!.TextContent.Should().Be("1");
        later.QuerySelector("header [data-todo='staff-approval'] .todo-count")!.TextContent.Should().Be("1");
        later.QuerySelector("header [data-todo='staff-approval']")!.GetAttribute("href").Should().Be("/Staff/Legislation");
    }

    [Fact]
    public async Task Two_staff_acting_at_once_one_wins_the_other_sees_the_conflict_and_keeps_what_they_typed()
    {
        using var staff = await StaffAsync();
        var id = await CreateRecordAsync(staff);
        var mine = await staff.GetDocumentAsync(RecordPage(id));
        var theirs = await staff.GetDocumentAsync(RecordPage(id));
        using (var won = await PostAsync(staff, theirs, "#form-consultation", [("Consultation.Summary", "第一次论证。")]))
            won.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var lost = await PostAsync(staff, mine, "#form-consultation", [("Consultation.Summary", "第二次论证。")]);
        var refused = await RefusedAsync(lost);
        refused.Body!.TextContent.Should().Contain("其他人已处理了这个立法项目");
        Value(refused, "Consultation.Summary").Should().Be("第二次论证。");
        (await RecordAsync(id)).Consultations.Should().ContainSingle();
    }

    [Fact]
    public async Task An_amendment_of_a_repealed_regulation_is_refused_next_to_the_regulation()
    {
        var regulationId = await PublishedAsync();
        await ActAsync(regulationId, (store, version) => store.RepealAsync(regulationId, version, new RepealDraft("示例市人大常委会公告第9号", Today, Today, "不再适用"), null, Clerk, default));
        using var staff = await StaffAsync();
        using var created = await PostAsync(staff, "/Staff/Legislation/Records/Create", "#record-form",
        [
            ("Input.Title", "修改古树名木保护条例"), ("Input.Kind", nameof(LegislationKind.Amend)), ("Input.Field", nameof(LegislativeField.Ecology)),
            ("Input.RegulationId", Id(regulationId)),
        ]);
        var refused = await RefusedAsync(created);
        refused.FieldError("Input.RegulationId").Should().Contain("已经废止");
        Value(refused, "Input.Title").Should().Be("修改古树名木保护条例");
    }
}
