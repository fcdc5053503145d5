using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Calendar;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Reference.Calendar;

/// <summary>The calendar every installation is seeded with (2025–2027, see ReferenceSeeder) is in place before each test.</summary>
public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string Page = "/Reference/Calendar";

    [Fact]
    public async Task Five_working_days_after_13_February_2026_skip_the_Spring_Festival_and_count_the_make_up_Saturday()
    {
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync($"{Page}?Date=2026-02-13&Days=5");

        // 2/14 (Saturday, 调休上班) is the first; 2/15–2/23 are the holiday; 2/24–2/27 the other four.
        Text(page, ".calendar-result").Should().Be("2026年2月27日");
        Text(page, ".calendar-check-result").Should().Contain("如只按周一至周五计算则是 2026年2月20日");
    }

    [Fact]
    public async Task Checking_a_date_says_whether_it_is_a_working_day_and_why()
    {
        using var staff = await StaffAsync();
        Text(await staff.GetDocumentAsync($"{Page}?Date=2026-02-17"), ".calendar-check-result").Should().Contain("不是工作日").And.Contain("放假（春节）");
        Text(await staff.GetDocumentAsync($"{Page}?Date=2026-02-14"), ".calendar-check-result").Should().Contain("是工作日").And.Contain("调休上班（春节调休上班）");
        Text(await staff.GetDocumentAsync($"{Page}?Date=2026-03-07"), ".calendar-check-result").Should().Contain("（星期六）").And.Contain("不是工作日：周末");
        Text(await staff.GetDocumentAsync($"{Page}?Date=2026-02-13"), ".calendar-check-result").Should().Contain("（星期五）").And.Contain("是工作日。");
    }

    [Fact]
    public async Task A_check_reaching_into_a_year_without_entries_warns_that_it_counts_weekdays_only()
    {
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync($"{Page}?Date=2027-12-20&Days=20");
        Text(page, ".calendar-check-result").Should().Contain("日历中还没有 2028 年的节假日安排");
    }

    [Fact]
    public async Task A_negative_number_of_days_gets_a_message_next_to_the_field()
    {
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync($"{Page}?Date=2026-02-13&Days=-1");
        page.FieldError("Days").Should().Be("工作日天数应为0到366之间的整数");
        page.QuerySelector(".calendar-check-result").Should().BeNull();
    }

    [Fact]
    public async Task The_page_lists_the_current_years_holidays_and_make_up_days_with_their_names()
    {
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(Page);
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        // The test clock is in March 2026.
        rows.Should().Contain(r => r.Contains("2026年2月14日") && r.Contains("星期六") && r.Contains("调休上班") && r.Contains("春节调休上班"));
        rows.Should().Contain(r => r.Contains("2026年10月1日") && r.Contains("放假") && r.Contains("国庆节"));
        rows.Should().NotContain(r => r.Contains("2025年"));

        var earlier = await staff.GetDocumentAsync($"{Page}?year=2025");
        Text(earlier, "tbody").Should().Contain("2025年1月28日").And.NotContain("2026年");
    }
}
