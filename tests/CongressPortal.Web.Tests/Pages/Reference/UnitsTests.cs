using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reference.Units;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference;

public sealed class UnitsTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Units";

    private Task<HandlingUnit> StoredAsync(int id) => DbAsync(db => db.HandlingUnits.AsNoTracking().SingleAsync(u => u.Id == id));

    [Fact]
    public async Task Staff_creates_a_handling_unit_with_its_contact()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "示例市教育局"), ("Input.ShortName", "市教育局"), ("Input.Kind", nameof(HandlingUnitKind.GovernmentDepartment)),
            ("Input.ContactPerson", "王联络"), ("Input.ContactPhone", "0471-6543210"), ("Input.SortOrder", "2")));
        ShouldRedirect(response, List);

        var unit = await DbAsync(db => db.HandlingUnits.SingleAsync(u => u.Name == "示例市教育局"));
        unit.ContactPhone.Should().Be("0471-6543210");
        Text(await staff.GetDocumentAsync(List), "tbody").Should().Contain("示例市教育局").And.Contain("市政府工作部门").And.Contain("王联络");
        (await AuditAsync(nameof(HandlingUnit), unit.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Staff_edits_a_unit_and_the_change_is_audited()
    {
        var unit = await Data.UnitAsync("示例市教育局");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{unit.Id}", Form(("Input.ContactPerson", "李联络")));
        ShouldRedirect(response, List);
        (await StoredAsync(unit.Id)).ContactPerson.Should().Be("李联络");
        (await AuditAsync(nameof(HandlingUnit), unit.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task A_phone_with_letters_is_refused_next_to_the_field_and_the_rest_is_kept()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", "示例市教育局"), ("Input.ContactPhone", "call me")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.ContactPhone").Should().Be("联系电话只能包含数字、括号、短横线和“转”");
        Value(page, "Input.Name").Should().Be("示例市教育局");
        (await DbAsync(db => db.HandlingUnits.AnyAsync())).Should().BeFalse();
    }

    [Fact]
    public async Task A_duplicate_unit_name_is_refused_next_to_the_name()
    {
        await Data.UnitAsync("示例市教育局");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", "示例市教育局")));
        (await RefusedAsync(response)).FieldError("Input.Name").Should().Be(EditModel.Handler.UniqueName.Message);
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_searches_by_name()
    {
        await Data.UnitAsync("示例市教育局");
        await Data.UnitAsync("示例市公安局");
        await DbAsync(async db =>
        {
            db.HandlingUnits.Add(HandlingUnit.Create("青山区人民政府", null, HandlingUnitKind.DistrictGovernment, null, null, 3));
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();

        var districts = Text(await staff.GetDocumentAsync($"{List}?kind={nameof(HandlingUnitKind.DistrictGovernment)}"), "tbody");
        districts.Should().Contain("青山区人民政府").And.NotContain("示例市教育局");
        var search = Text(await staff.GetDocumentAsync($"{List}?q=教育"), "tbody");
        search.Should().Contain("示例市教育局").And.NotContain("示例市公安局").And.NotContain("青山区");
    }

    [Fact]
    public async Task A_deactivated_unit_shows_as_stopped_in_the_list_and_the_filter_is_kept()
    {
        var unit = await Data.UnitAsync("示例市教育局");
        using var staff = await StaffAsync();
        var url = $"{List}?q=教育";
        using var response = await staff.SubmitFormAsync(url, Form(), $"#deactivate-{unit.Id}");
        response.Headers.Location!.OriginalString.Should().Be($"{List}?q={Uri.EscapeDataString("教育")}");

        (await StoredAsync(unit.Id)).IsActive.Should().BeFalse();
        var page = await staff.GetDocumentAsync(url);
        Text(page, "main").Should().Contain("已停用“示例市教育局”");
        page.QuerySelector($"#activate-{unit.Id}")!.Closest("tr")!.TextContent.Should().Contain("停用");
        (await AuditAsync(nameof(HandlingUnit), unit.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task A_unit_linked_to_a_user_account_cannot_be_deleted()
    {
        var unit = await Data.UnitAsync("示例市住房和城乡建设局");
        await CreateUserAsync("unit-clerk", [PortalRole.HandlingUnit], unitId: unit.Id);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#delete-{unit.Id}");
        ShouldRedirect(response, List);

        Text(await staff.GetDocumentAsync(List), ".alert-danger").Should().Contain(DbErrors.InUse);
        (await DbAsync(db => db.HandlingUnits.AnyAsync(u => u.Id == unit.Id))).Should().BeTrue();
    }

    [Fact]
    public async Task An_unlinked_unit_can_be_deleted()
    {
        var unit = await Data.UnitAsync("示例市教育局");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#delete-{unit.Id}");
        ShouldRedirect(response, List);
        (await DbAsync(db => db.HandlingUnits.AnyAsync())).Should().BeFalse();
        (await AuditAsync(nameof(HandlingUnit), unit.Id)).Should().Equal(AuditAction.Created, AuditAction.Deleted);
    }
}
