using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview;

/// <summary>修改登记信息: the filing date stays, and of two staff editing at once the second sees what the first saved.</summary>
public sealed class EditTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    private static string EditPage(int id) => $"/Staff/FilingReview/Edit/{id}";

    [Fact]
    public async Task A_correction_is_saved_and_the_filing_date_stays_the_day_of_registration()
    {
        var id = await FilingAsync(filedOn: Today.AddDays(-3));
        using var staff = await StaffAsync();
        using (var saved = await PostAsync(staff, EditPage(id), "#filing-form", [("Input.Title", "示例市城市绿化管理办法（修正）")]))
            ShouldRedirect(saved, FilingPage(id));
        var stored = await StoredFilingAsync(id);
        stored.Title.Should().Be("示例市城市绿化管理办法（修正）");
        stored.FiledOn.Should().Be(Today.AddDays(-3));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_sees_the_conflict_with_the_other_values_and_keeps_its_own_input()
    {
        var id = await FilingAsync();
        using var first = await StaffAsync("张一");
        using var second = await StaffAsync("李二");
        var firstForm = await first.GetDocumentAsync(EditPage(id));
        var secondForm = await second.GetDocumentAsync(EditPage(id));
        using (var ok = await first.PostFormAsync(firstForm, "#filing-form", [("Input.Title", "第一人的名称")]))
            ShouldRedirect(ok, FilingPage(id));
        using var lost = await second.PostFormAsync(secondForm, "#filing-form", [("Input.Title", "第二人的名称")]);
        var page = await RefusedAsync(lost);
        Text(page, ".conflict-box").Should().Contain("第一人的名称");
        Value(page, "Input.Title").Should().Be("第二人的名称");
        (await StoredFilingAsync(id)).Title.Should().Be("第一人的名称");

        // Saving again from the conflict page overwrites deliberately.
        using (var again = await second.PostFormAsync(page, "#filing-form", []))
            ShouldRedirect(again, FilingPage(id));
        (await StoredFilingAsync(id)).Title.Should().Be("第二人的名称");
    }

    [Fact]
    public async Task A_filing_under_a_correction_opinion_cannot_be_edited()
    {
        var id = await FilingAsync();
        await ActAsync(id, (f, _, now) => f.CheckFormat(Clerk, now));
        await ActAsync(id, (f, c, now) => f.RequestCorrection("请予纠正。", Clerk, now, c));
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(EditPage(id));
        page.QuerySelector("#not-editable").Should().NotBeNull();
        page.QuerySelector("#filing-form").Should().BeNull();
        (await StoredFilingAsync(id)).Status.Should().Be(FilingStatus.CorrectionRequested);
    }
}
