using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview;

/// <summary>The list of filings with its filters and the deadlines that need attention, on the page, the workspace and the header.</summary>
public sealed class IndexTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    [Fact]
    public async Task Deadlines_due_soon_or_passed_are_listed_at_the_top_counted_on_the_workspace_and_in_the_header()
    {
        // Registered on 10 February, not checked: its format check (10 days) has passed.
        var formatOverdue = await FilingAsync(Draft("格式审查逾期的文件", "示政规〔2026〕1号", new DateOnly(2026, 2, 5)), new DateOnly(2026, 2, 10));
        // Registered today: its format check is ten days away, not yet a concern.
        var fresh = await FilingAsync(Draft("今天登记的文件", "示政规〔2026〕2号", Today.AddDays(-5)));
        // Registered on 10 December and checked: its three months end within 15 days.
        var reviewSoon = await FilingAsync(Draft("审查临期的文件", "示政规〔2025〕9号", new DateOnly(2025, 12, 1)), new DateOnly(2025, 12, 10));
        await ActAsync(reviewSoon, (f, _, now) => f.CheckFormat(Clerk, now), new DateOnly(2025, 12, 12));
        // A correction opinion sent on 1 December: the body's reply (30 days) is overdue.
        var replyOverdue = await FilingAsync(Draft("回复逾期的文件", "示政规〔2025〕5号", new DateOnly(2025, 10, 20)), new DateOnly(2025, 11, 3));
        await ActAsync(replyOverdue, (f, _, now) => f.CheckFormat(Clerk, now), new DateOnly(2025, 11, 5));
        await ActAsync(replyOverdue, (f, c, now) => f.RequestCorrection("请予纠正。", Clerk, now, c), new DateOnly(2025, 12, 1));
        await RequestAsync();

        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync("/Staff/FilingReview");
        Text(page, "#attention-format").Should().Contain("格式审查逾期的文件").And.Contain("逾期").And.NotContain("今天登记的文件");
        Text(page, "#attention-review").Should().Contain("审查临期的文件").And.Contain("临期");
        Text(page, "#attention-reply").Should().Contain("回复逾期的文件").And.Contain("逾期");
        Text(page, $"#filing-{fresh} .filing-deadline").Should().Contain("形式审查").And.Contain("剩 10 天");

        var overdue = await staff.GetDocumentAsync("/Staff/FilingReview?overdue=true");
        overdue.QuerySelectorAll("#filings tbody tr").Select(r => r.Id).Should().BeEquivalentTo([$"filing-{formatOverdue}", $"filing-{replyOverdue}"],
            "the header's link names no year: overdue filings of any year are listed");

        var workspace = await staff.GetDocumentAsync("/Staff");
        Text(workspace, "#filing-overdue").Should().Be("2");
        Text(workspace, "#filing-unanswered").Should().Be("1");
        workspace.QuerySelector("header [data-todo='staff-filing-overdue'] .todo-count")!.TextContent.Should().Be("2");
        workspace.QuerySelector("header [data-todo='staff-review-requests'] .todo-count")!.TextContent.Should().Be("1");
    }

    [Fact]
    public async Task The_list_filters_by_year_body_kind_and_status_and_counts_the_year_by_body_and_kind()
    {
        // Hohhot 2025: 4 government rules, 15 administrative normative documents, 3 judicial normative documents.
        var day = new DateOnly(2025, 6, 2);
        for (var i = 1; i <= 4; i++) await FilingAsync(Draft($"政府规章{i}", $"示政令〔2025〕{i}号", day.AddDays(-5)), day);
        for (var i = 1; i <= 15; i++)
            await FilingAsync(Draft($"行政规范性文件{i}", $"示政规〔2025〕{i}号", day.AddDays(-5), FilingBody.Government, NormativeDocumentKind.AdministrativeNormative), day);
        await FilingAsync(Draft("审判指导意见", "示中法〔2025〕1号", day.AddDays(-5), FilingBody.Court, NormativeDocumentKind.JudicialNormative), day);
        for (var i = 1; i <= 2; i++)
            await FilingAsync(Draft($"检察工作规定{i}", $"示检〔2025〕{i}号", day.AddDays(-5), FilingBody.Procuratorate, NormativeDocumentKind.JudicialNormative), day);
        await FilingAsync(Draft("今年的文件", "示政规〔2026〕1号"));

        using var staff = await StaffAsync();
        var year = await staff.GetDocumentAsync("/Staff/FilingReview?year=2025");
        Text(year, "#figures-summary").Should().Contain("共报备 22 件").And.Contain("政府规章 4 件").And.Contain("行政规范性文件 15 件").And.Contain("司法规范性文件 3 件");
        year.QuerySelectorAll("#filings tbody tr").Length.Should().Be(22);
        (await staff.GetDocumentAsync("/Staff/FilingReview?year=2025&body=Procuratorate")).QuerySelectorAll("#filings tbody tr").Length.Should().Be(2);
        (await staff.GetDocumentAsync("/Staff/FilingReview?year=2025&kind=GovernmentRule")).QuerySelectorAll("#filings tbody tr").Length.Should().Be(4);
        (await staff.GetDocumentAsync("/Staff/FilingReview?year=2025&status=Closed")).QuerySelector("#no-filings").Should().NotBeNull();
        Text(await staff.GetDocumentAsync("/Staff/FilingReview"), "#filings").Should().Contain("今年的文件").And.NotContain("政府规章1");
    }
}
