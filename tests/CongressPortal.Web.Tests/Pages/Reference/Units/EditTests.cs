using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Units;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Units;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
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
}
