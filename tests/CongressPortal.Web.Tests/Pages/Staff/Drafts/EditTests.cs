using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>修改 a prepared draft: saved, the 30-day minimum at its field, a lost race shown with the other person's values, none once published.</summary>
public sealed class EditTests(PortalAppFactory app) : DraftTest(app)
{
    [Fact]
    public async Task A_prepared_draft_is_edited_and_a_too_short_period_is_refused_at_its_field()
    {
        var draft = await Steps.OpenDraftAsync(publish: false, days: 40);
        using var staff = await StaffAsync();

        using (var tooShort = await PostAsync(staff, EditDraftPage(draft.DraftId), "#draft-form", [("Input.Title", "新的名称"), ("Input.LastDay", Iso(Today.AddDays(29)))]))
        {
            var refused = await RefusedAsync(tooShort);
            refused.FieldError("Input.LastDay").Should().Contain("不得少于 30 日");
            Value(refused, "Input.Title").Should().Be("新的名称");
        }

        using (var saved = await PostAsync(staff, EditDraftPage(draft.DraftId), "#draft-form",
            [("Input.Title", "示例市城市绿化条例（修改后的征求意见稿）"), ("Input.Explanation", "修改后的起草说明。"), ("Input.LastDay", Iso(Today.AddDays(35)))]))
            ShouldRedirect(saved, DraftPage(draft.DraftId));
        var stored = await StoredDraftAsync(draft.DraftId);
        stored.Title.Should().Be("示例市城市绿化条例（修改后的征求意见稿）");
        stored.Explanation.Should().Be("修改后的起草说明。");
        stored.LastDay.Should().Be(Today.AddDays(35));
    }

    [Fact]
    public async Task Two_staff_editing_at_once_the_second_sees_what_the_first_saved_and_keeps_their_own_input()
    {
        var draft = await Steps.OpenDraftAsync(publish: false, days: 40);
        using var first = await StaffAsync("甲");
        using var second = await StaffAsync("乙");
        var firstPage = await first.GetDocumentAsync(EditDraftPage(draft.DraftId));
        var secondPage = await second.GetDocumentAsync(EditDraftPage(draft.DraftId));

        using (var saved = await PostAsync(first, firstPage, "#draft-form", [("Input.Title", "甲改的名称")]))
            ShouldRedirect(saved, DraftPage(draft.DraftId));
        using var late = await PostAsync(second, secondPage, "#draft-form", [("Input.Title", "乙改的名称")]);

        var refused = await RefusedAsync(late);
        Text(refused, ".conflict-box").Should().Contain("其他人已修改").And.Contain("甲改的名称");
        Value(refused, "Input.Title").Should().Be("乙改的名称");
        (await StoredDraftAsync(draft.DraftId)).Title.Should().Be("甲改的名称");

        // Saving again, knowingly, wins.
        using (var again = await PostAsync(second, refused, "#draft-form", []))
            ShouldRedirect(again, DraftPage(draft.DraftId));
        (await StoredDraftAsync(draft.DraftId)).Title.Should().Be("乙改的名称");
    }

    [Fact]
    public async Task A_published_draft_is_not_editable_and_says_why()
    {
        var draft = await Steps.OpenDraftAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(EditDraftPage(draft.DraftId));
        page.QuerySelector("#not-editable").Should().NotBeNull();
        page.QuerySelector("#draft-form").Should().BeNull();
        (await StoredDraftAsync(draft.DraftId)).Status.Should().Be(DraftPhase.Open);
    }
}
