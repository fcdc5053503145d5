using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Regulations;

public sealed class EditVersionTests(PortalAppFactory app) : RegulationTest(app)
{
    [Fact]
    public async Task Staff_correct_the_pending_version_s_facts_field_and_a_line_kind()
    {
        var id = await RegulationAsync();
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(EditPage(id));
        Value(form, "Input.AnnouncementNumber").Should().Be("示例市人大常委会公告第1号");
        LineTexts(form, "Input").Should().Equal(Statute().Lines.Select(l => l.Text), "the stored text comes back line by line");

        using var saved = await PostAsync(staff, form, "#version-form",
        [
            ("Input.Field", nameof(LegislativeField.Heritage)),
            ("Input.Title", "示例市古树名木保护管理条例"),
            ("Input.EffectiveOn", "2020-01-01"),
            .. KindsWith(form, "Input", 1, StatuteLineKind.Preamble),
        ]);

        ShouldRedirect(saved, DetailsPage(id));
        var regulation = await SavedAsync(id);
        regulation.Title.Should().Be("示例市古树名木保护管理条例");
        regulation.Field.Should().Be(LegislativeField.Heritage);
        var version = regulation.Versions.Single();
        version.EffectiveOn.Should().Be(new DateOnly(2020, 1, 1));
        version.Text().Lines[1].Kind.Should().Be(StatuteLineKind.Preamble);
        version.IsPublished.Should().BeFalse();
    }

    [Fact]
    public async Task The_text_can_be_imported_again_from_a_new_paste()
    {
        var id = await RegulationAsync();
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(EditPage(id));

        using var restarted = await ClickAsync(staff, form, "#version-form", "button[name='Input.Text.Restart']", []);
        var editing = await RefusedAsync(restarted);
        using var detected = await ClickAsync(staff, editing, "#version-form", "button[formaction*='Detect']",
            [("Input.Text.Pasted", SampleText(extra: "\n第五条　本条例自2020年1月1日起施行。"))]);
        var preview = await RefusedAsync(detected);
        LineTexts(preview, "Input").Should().HaveCount(12);

        using var saved = await PostAsync(staff, preview, "#version-form", []);
        ShouldRedirect(saved, DetailsPage(id));
        (await SavedAsync(id)).Versions.Single().ArticleCount.Should().Be(5);
    }

    [Fact]
    public async Task A_refusal_goes_next_to_its_field_and_keeps_what_was_typed()
    {
        await PublishedAsync("示例市人大常委会公告第5号", title: "示例市河道管理条例");
        var id = await RegulationAsync();
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(EditPage(id));

        using (var duplicate = await PostAsync(staff, form, "#version-form", [("Input.AnnouncementNumber", "示例市人大常委会公告第5号"), ("Input.ChangeSummary", "核对了公告编号。")]))
        {
            var page = await RefusedAsync(duplicate);
            page.FieldError("Input.AnnouncementNumber").Should().Be(LegislationMessages.DuplicateAnnouncement.Message);
            Value(page, "Input.ChangeSummary").Should().Be("核对了公告编号。");
            LineTexts(page, "Input").Should().Equal(LineTexts(form, "Input"));
        }
        using (var dates = await PostAsync(staff, form, "#version-form", [("Input.EffectiveOn", "2019-01-01")]))
            (await RefusedAsync(dates)).FieldError("Input.EffectiveOn").Should().Be(LegislationMessages.EffectiveBeforePromulgation.Message);
        // Its own number is not a duplicate of itself.
        using (var same = await PostAsync(staff, form, "#version-form", [("Input.ChangeSummary", "仅补充说明。")]))
            ShouldRedirect(same, DetailsPage(id));
    }

    [Fact]
    public async Task A_later_version_cannot_be_moved_before_the_one_it_amends()
    {
        var id = await PublishedAsync();
        await ActAsync(id, (store, version) => store.AddVersionAsync(id, version,
            Draft("示例市人大常委会公告第20号", new DateOnly(2025, 12, 1), LegislationKind.Revise), Statute(), null, Clerk, default));
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(EditPage(id));
        Value(form, "Input.Kind").Should().Be(nameof(LegislationKind.Revise));
        form.QuerySelector("[name='Input.Field']").Should().BeNull("the field is fixed once the regulation is public");

        using var refused = await PostAsync(staff, form, "#version-form", [("Input.PromulgatedOn", "2019-09-01"), ("Input.EffectiveOn", "2019-10-01")]);

        (await RefusedAsync(refused)).FieldError("Input.PromulgatedOn").Should().Be(LegislationMessages.VersionNotAfterPrevious.Message);
    }

    [Fact]
    public async Task Two_staff_editing_at_once_the_second_sees_the_first_s_values_keeps_their_own_and_can_save_deliberately()
    {
        var id = await RegulationAsync();
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(EditPage(id));
        await ActAsync(id, (store, version) => store.EditPendingVersionAsync(id, version, LegislativeField.Ecology,
            Draft("示例市人大常委会公告第1号", new DateOnly(2019, 10, 1)) with { ChangeSummary = "别人补充的说明。" }, Statute(), Clerk, null, default));

        using var stale = await PostAsync(staff, form, "#version-form", [("Input.ChangeSummary", "我写的说明。"), .. KindsWith(form, "Input", 1, StatuteLineKind.Preamble)]);

        var page = await RefusedAsync(stale);
        Text(page, ".conflict-box").Should().Contain("别人补充的说明。");
        Value(page, "Input.ChangeSummary").Should().Be("我写的说明。");
        LineKinds(page, "Input")[1].Should().Be("Preamble");
        (await SavedAsync(id)).Versions.Single().ChangeSummary.Should().Be("别人补充的说明。");

        using var again = await PostAsync(staff, page, "#version-form", []);
        ShouldRedirect(again, DetailsPage(id));
        var version = (await SavedAsync(id)).Versions.Single();
        version.ChangeSummary.Should().Be("我写的说明。");
        version.Text().Lines[1].Kind.Should().Be(StatuteLineKind.Preamble);
    }

    [Fact]
    public async Task A_regulation_without_a_pending_version_says_so_instead_of_a_form()
    {
        var id = await PublishedAsync();
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(EditPage(id));

        page.QuerySelector("#version-form").Should().BeNull();
        Text(page, "#not-editable").Should().Contain(LegislationMessages.NoPendingVersion.Message);
    }
}
