using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Units;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Units";

    private Task<HandlingUnit> StoredAsync(int id) => DbAsync(db => db.HandlingUnits.AsNoTracking().SingleAsync(u => u.Id == id));

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
