using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview;

/// <summary>The filing's page: every action the domain allows, refusals next to their fields, two staff at once.</summary>
public sealed class DetailsTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    [Fact]
    public async Task Staff_return_a_filing_register_it_again_pass_the_format_check_and_conclude_the_review()
    {
        var id = await FilingAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(FilingPage(id));
        page.QuerySelector("#form-checkformat").Should().NotBeNull();
        page.QuerySelector("#form-return").Should().NotBeNull();
        page.QuerySelector("#form-conclude").Should().BeNull("a review ends only after the format check");
        page.QuerySelector("#form-resubmit").Should().BeNull();
        Text(page, "#current-deadline").Should().Contain("形式审查").And.Contain("剩 10 天");

        using (var noReason = await staff.PostFormAsync(page, "#form-return", [("Return.Reason", "")]))
        {
            var refused = await RefusedAsync(noReason);
            refused.FieldError("Return.Reason").Should().Contain("退回补正的理由");
            refused.QuerySelector("#form-failed").Should().NotBeNull();
        }
        using (var returned = await PostAsync(staff, FilingPage(id), "#form-return", [("Return.Reason", "缺少起草说明。")]))
            ShouldRedirect(returned, FilingPage(id));
        (await StoredFilingAsync(id)).Status.Should().Be(FilingStatus.Returned);
        page = await staff.GetDocumentAsync(FilingPage(id));
        Text(page, "#history-returned").Should().Contain("缺少起草说明。");
        page.QuerySelector("#form-checkformat").Should().BeNull();

        // Resubmitted eight days later: the format check and review run again from that day.
        App.Clock.Set(At(Today.AddDays(8)));
        using var later = await StaffAsync("王审查");
        using (var resubmitted = await PostAsync(later, FilingPage(id), "#form-resubmit", []))
            ShouldRedirect(resubmitted, FilingPage(id));
        var stored = await StoredFilingAsync(id);
        stored.Status.Should().Be(FilingStatus.Registered);
        var calendar = await ServiceAsync<FilingReviewStore, WorkingDayCalendar>(store => store.CalendarAsync(default));
        stored.FormatCheckDueOn.Should().Be(FilingDeadlines.FormatCheckDueOn(Today.AddDays(8), calendar));
        stored.FiledOn.Should().Be(Today, "the filing date stays the day of registration");

        using (var checkedOk = await PostAsync(later, FilingPage(id), "#form-checkformat", []))
            ShouldRedirect(checkedOk, FilingPage(id));
        (await StoredFilingAsync(id)).Status.Should().Be(FilingStatus.UnderReview);

        using (var noOpinion = await PostAsync(later, FilingPage(id), "#form-conclude", [("Conclude.Result", nameof(FilingReviewResult.NoProblem)), ("Conclude.Opinion", "")]))
            (await RefusedAsync(noOpinion)).FieldError("Conclude.Opinion").Should().Contain("审查意见");
        using (var wrongResult = await PostAsync(later, FilingPage(id), "#form-conclude", [("Conclude.Result", nameof(FilingReviewResult.Corrected)), ("Conclude.Opinion", "意见。")]))
        {
            var refused = await RefusedAsync(wrongResult);
            refused.FieldError("Conclude.Result").Should().Be(LegislationMessages.ConclusionResultInvalid.Message);
            Value(refused, "Conclude.Opinion").Should().Be("意见。");
        }
        using (var noResult = await PostAsync(later, FilingPage(id), "#form-conclude", [("Conclude.Result", ""), ("Conclude.Opinion", "意见。")]))
            (await RefusedAsync(noResult)).FieldError("Conclude.Result").Should().Be("请选择审查结果");
        using (var concluded = await PostAsync(later, FilingPage(id), "#form-conclude", [("Conclude.Result", nameof(FilingReviewResult.NoProblem)), ("Conclude.Opinion", "经审查，未发现问题。")]))
            ShouldRedirect(concluded, FilingPage(id));
        stored = await StoredFilingAsync(id);
        stored.Status.Should().Be(FilingStatus.Closed);
        stored.Result.Should().Be(FilingReviewResult.NoProblem);
        stored.ClosedOn.Should().Be(Today.AddDays(8));

        page = await later.GetDocumentAsync(FilingPage(id));
        page.QuerySelector("#actions-title").Should().BeNull("a closed filing offers no action");
        page.QuerySelector("#edit-link").Should().BeNull();
        Text(page, "#filing-result").Should().Be(FilingWorkflow.ResultLabel(FilingReviewResult.NoProblem));
    }

    [Fact]
    public async Task A_correction_opinion_waits_30_days_for_the_reply_which_closes_the_filing()
    {
        var id = await FilingAsync();
        await ActAsync(id, (f, _, now) => f.CheckFormat(Clerk, now));
        using var staff = await StaffAsync();
        using (var empty = await PostAsync(staff, FilingPage(id), "#form-correction", [("Correction.Opinion", " ")]))
            (await RefusedAsync(empty)).FieldError("Correction.Opinion").Should().Contain("纠正意见");
        using (var sent = await PostAsync(staff, FilingPage(id), "#form-correction", [("Correction.Opinion", "第十二条罚款幅度超出上位法规定，请予纠正。")]))
            ShouldRedirect(sent, FilingPage(id));
        var stored = await StoredFilingAsync(id);
        stored.Status.Should().Be(FilingStatus.CorrectionRequested);
        var calendar = await ServiceAsync<FilingReviewStore, WorkingDayCalendar>(store => store.CalendarAsync(default));
        stored.ReplyDueOn.Should().Be(FilingDeadlines.ReplyDueOn(Today, calendar));
        Text(await staff.GetDocumentAsync(FilingPage(id)), "#current-deadline").Should().Contain("制定机关回复");

        using (var noResult = await PostAsync(staff, FilingPage(id), "#form-reply", [("Reply.Result", ""), ("Reply.ReplyText", "已修改。")]))
        {
            var refused = await RefusedAsync(noResult);
            refused.FieldError("Reply.Result").Should().Be("请选择制定机关是否已经纠正");
            Value(refused, "Reply.ReplyText").Should().Be("已修改。");
        }
        using (var replied = await PostAsync(staff, FilingPage(id), "#form-reply", [("Reply.Result", nameof(FilingReviewResult.Corrected)), ("Reply.ReplyText", "已修改第十二条。")]))
            ShouldRedirect(replied, FilingPage(id));
        stored = await StoredFilingAsync(id);
        stored.Status.Should().Be(FilingStatus.Closed);
        stored.Result.Should().Be(FilingReviewResult.Corrected);
        Text(await staff.GetDocumentAsync(FilingPage(id)), "#reply-text").Should().Contain("已修改第十二条。");
    }

    [Fact]
    public async Task Of_two_staff_acting_at_once_the_second_sees_the_conflict_and_nothing_of_theirs_is_saved()
    {
        var id = await FilingAsync();
        using var first = await StaffAsync("张一");
        using var second = await StaffAsync("李二");
        var firstPage = await first.GetDocumentAsync(FilingPage(id));
        var secondPage = await second.GetDocumentAsync(FilingPage(id));
        using (var ok = await first.PostFormAsync(firstPage, "#form-checkformat", []))
            ShouldRedirect(ok, FilingPage(id));
        using var late = await second.PostFormAsync(secondPage, "#form-return", [("Return.Reason", "缺少起草说明。")]);
        var refused = await RefusedAsync(late);
        Text(refused, "#form-failed").Should().Contain(FilingReviewStore.FilingConflict);
        var stored = await StoredFilingAsync(id);
        stored.Status.Should().Be(FilingStatus.UnderReview);
        stored.ReturnReason.Should().BeNull();
    }

    [Fact]
    public async Task The_page_lists_the_review_requests_that_name_the_filing_and_an_unknown_filing_is_404()
    {
        var id = await FilingAsync();
        var (requestId, _) = await RequestAsync();
        await DbAsync(async db =>
        {
            var request = db.ReviewRequests.Single(r => r.Id == requestId);
            request.Accept(id, Clerk, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(FilingPage(id));
        page.QuerySelector($"#filing-requests a[href='{RequestPage(requestId)}']").Should().NotBeNull();
        (await staff.GetAsync(FilingPage(id + 1000))).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
