using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Deputies;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DeputyEdit = CongressPortal.Web.Pages.Staff.Deputies.EditModel;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class EditTests(PortalAppFactory app) : RegistryTest(app)
{
    [Fact]
    public async Task Staff_create_a_municipal_deputy_with_profile_private_data_and_groups()
    {
        var term = await Data.TermAsync();
        var delegation = await Data.DelegationAsync("新城区代表团");
        var committee = await Data.CommitteeAsync("教育科学文化卫生委员会");
        var regional = await Data.RegistryGroupAsync("新城区第二代表小组");
        var professional = await Data.RegistryGroupAsync("教科文卫专业代表小组", DeputyGroupKind.Professional, committee.Id);
        using var staff = await StaffAsync();

        var form = MunicipalForm(term.Id);
        form["Input.DelegationId"] = Id(delegation.Id);
        form["Input.DeputyGroupId"] = Id(regional.Id);
        form["Input.ProfessionalGroupId"] = Id(professional.Id);
        using var response = await staff.SubmitFormAsync($"{List}/Edit", form);

        var deputy = await DbAsync(db => db.Deputies.AsNoTracking().SingleAsync(d => d.Name == "王立新"));
        ShouldRedirect(response, $"{List}/Details/{deputy.Id}");
        deputy.Level.Should().Be(DeputyLevel.Municipal);
        deputy.TermId.Should().Be(term.Id);
        deputy.Number.Should().Be("16201");
        deputy.Gender.Should().Be(Gender.Female);
        deputy.Ethnicity.Should().Be("回族");
        deputy.BirthDate.Should().Be(new DateOnly(1975, 8, 15));
        deputy.Party.Should().Be("中共党员");
        deputy.Education.Should().Be("研究生");
        deputy.WorkUnitAndTitle.Should().Be("示例市人民医院院长");
        deputy.Mobile.Should().Be("13800001234");
        deputy.IdNumber.Should().Be("11010519491231002X");
        deputy.HomeAddress.Should().Be("新城区幸福路1号");
        deputy.DelegationId.Should().Be(delegation.Id);
        deputy.DeputyGroupId.Should().Be(regional.Id);
        deputy.ProfessionalGroupId.Should().Be(professional.Id);
        deputy.Status.Should().Be(DeputyStatus.Serving);
    }

    [Fact]
    public async Task Staff_record_a_deputy_of_another_level_with_a_minimal_profile_and_no_term_or_number()
    {
        await Data.TermAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Level", nameof(DeputyLevel.Township)), ("Input.TermId", ""), ("Input.Number", ""),
            ("Input.Name", "赵乡长"), ("Input.Gender", nameof(Gender.Male)), ("Input.WorkUnitAndTitle", "某镇农业服务中心主任")));

        var deputy = await DbAsync(db => db.Deputies.AsNoTracking().SingleAsync(d => d.Name == "赵乡长"));
        ShouldRedirect(response, $"{List}/Details/{deputy.Id}");
        deputy.Level.Should().Be(DeputyLevel.Township);
        deputy.TermId.Should().BeNull();
        deputy.Number.Should().BeNull();
        var details = await staff.GetDocumentAsync($"{List}/Details/{deputy.Id}");
        Text(details, "h1").Should().Contain("乡镇人大代表");
    }

    [Fact]
    public async Task A_municipal_deputy_without_term_and_number_gets_messages_next_to_both_fields()
    {
        await Data.TermAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Level", nameof(DeputyLevel.Municipal)), ("Input.TermId", ""), ("Input.Number", ""), ("Input.Name", "钱多多"), ("Input.Gender", nameof(Gender.Male))));
        var page = await RefusedAsync(response);

        page.FieldError("Input.TermId").Should().Be("市人大代表须选择届次");
        page.FieldError("Input.Number").Should().Be("市人大代表须填写代表证号");
        Value(page, "Input.Name").Should().Be("钱多多");
        (await DbAsync(db => db.Deputies.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task An_ethnicity_outside_the_56_posted_by_hand_a_bad_mobile_and_a_wrong_ID_check_character_are_each_shown_next_to_their_field()
    {
        var term = await Data.TermAsync();
        using var staff = await StaffAsync();
        var form = MunicipalForm(term.Id);
        form["Input.Ethnicity"] = "火星族";
        form["Input.Mobile"] = "2380000123";
        form["Input.IdNumber"] = "110105194912310021";
        form["Input.Name"] = "孙明";
        using var response = await staff.SubmitFormAsync($"{List}/Edit", form);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Ethnicity").Should().Be(DeputyMessages.UnknownEthnicity.Message);
        page.FieldError("Input.Mobile").Should().Be(DeputyMessages.MobileInvalid.Message);
        page.FieldError("Input.IdNumber").Should().Be(IdNumberAttribute.CheckCharacterWrong);
        Value(page, "Input.Mobile").Should().Be("2380000123", "what was typed is kept");
        Value(page, "Input.IdNumber").Should().Be("110105194912310021");
        Value(page, "Input.Name").Should().Be("孙明");
        (await DbAsync(db => db.Deputies.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task An_ID_number_of_the_wrong_shape_gets_the_format_message()
    {
        var term = await Data.TermAsync();
        using var staff = await StaffAsync();
        var form = MunicipalForm(term.Id);
        form["Input.IdNumber"] = "1101051949";
        var page = await RefusedAsync(await staff.SubmitFormAsync($"{List}/Edit", form));
        page.FieldError("Input.IdNumber").Should().Be(DeputyMessages.IdNumberInvalid.Message);
    }

    [Fact]
    public async Task A_number_already_used_in_the_term_is_refused_next_to_the_number_and_names_who_has_it()
    {
        var term = await Data.TermAsync();
        await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", MunicipalForm(term.Id, "王立新", "16201"));
        var page = await RefusedAsync(response);

        page.FieldError("Input.Number").Should().Contain("16201").And.Contain("周建华");
        Value(page, "Input.Name").Should().Be("王立新");
        (await DbAsync(db => db.Deputies.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task The_same_number_in_another_term_is_allowed()
    {
        await Data.MunicipalDeputyAsync("周建华", "16201");
        var older = await Data.TermAsync(15);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", MunicipalForm(older.Id, "王立新", "16201"));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        (await DbAsync(db => db.Deputies.CountAsync(d => d.Number == "16201"))).Should().Be(2);
    }

    [Fact]
    public async Task A_delegation_of_another_term_is_refused_next_to_the_delegation()
    {
        var older = await Data.TermAsync(15);
        var oldDelegation = await DbAsync(async db =>
        {
            var d = Delegation.Create(older.Id, "第十五届青山区代表团", null, 1);
            db.Delegations.Add(d);
            await db.SaveChangesAsync();
            return d;
        });
        var term = await Data.TermAsync();
        using var staff = await StaffAsync();
        var form = MunicipalForm(term.Id);
        form["Input.DelegationId"] = Id(oldDelegation.Id);
        var page = await RefusedAsync(await staff.SubmitFormAsync($"{List}/Edit", form));
        page.FieldError("Input.DelegationId").Should().Be(DeputyMessages.DelegationOfOtherTerm.Message);
    }

    [Fact]
    public async Task Editing_a_profile_is_audited_with_the_mobile_masked()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{deputy.Id}", Form(
            ("Input.WorkUnitAndTitle", "示例市第二中学校长"), ("Input.Mobile", "13955556666")));
        ShouldRedirect(response, $"{List}/Details/{deputy.Id}");

        var stored = await StoredAsync(deputy.Id);
        stored.WorkUnitAndTitle.Should().Be("示例市第二中学校长");
        stored.Mobile.Should().Be("13955556666");
        var key = Id(deputy.Id);
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Deputy) && a.EntityKey == key && a.Action == AuditAction.Updated)
            .ToListAsync());
        audit.Should().ContainSingle();
        audit[0].Changes.Should().Contain("示例市第二中学校长")
            .And.Contain("139****6666").And.Contain("139****5678")
            .And.NotContain("13955556666").And.NotContain("13912345678");
    }

    [Fact]
    public async Task Two_staff_edit_one_deputy_the_second_save_shows_the_first_ones_values_and_keeps_the_second_ones_input()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        var url = $"{List}/Edit/{deputy.Id}";
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstForm = await first.GetDocumentAsync(url);
        var secondForm = await second.GetDocumentAsync(url);

        using (var saved = await first.SubmitFormAsync(firstForm, Form(("Input.WorkUnitAndTitle", "示例市第三中学校长"))))
        {
            ShouldRedirect(saved, $"{List}/Details/{deputy.Id}");
        }
        using var conflict = await second.SubmitFormAsync(secondForm, Form(("Input.Constituency", "第9选区")));
        var page = await RefusedAsync(conflict);

        Text(page, ".conflict-box").Should().Contain(CommandResult<int>.ConflictMessage).And.Contain("示例市第三中学校长");
        Value(page, "Input.Constituency").Should().Be("第9选区");
        var afterConflict = await StoredAsync(deputy.Id);
        afterConflict.Constituency.Should().Be("第3选区", "nothing of the second save was written");
        Value(page, "Input.Version").Should().Be(afterConflict.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var overwrite = await second.SubmitFormAsync(page, Form());
        ShouldRedirect(overwrite, $"{List}/Details/{deputy.Id}");
        (await StoredAsync(deputy.Id)).Constituency.Should().Be("第9选区");
    }

    [Fact]
    public async Task The_edit_form_offers_the_56_ethnicities_and_keeps_the_level_fixed()
    {
        var deputy = await Data.OtherLevelDeputyAsync("赵乡长");
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync($"{List}/Edit/{deputy.Id}");

        page.QuerySelectorAll("select[name='Input.Ethnicity'] option[value]:not([value=''])").Length.Should().Be(56);
        page.QuerySelector("select[name='Input.Level']").Should().BeNull("the level is chosen once, at creation");
        Value(page, "Input.Level").Should().Be(nameof(DeputyLevel.Township));
        Selected(page, "Input.Ethnicity").Should().Be("蒙古族");
    }
}
