using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Areas;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Areas;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Areas";

    [Fact]
    public async Task Staff_creates_a_district_then_a_subdistrict_under_it_and_the_list_shows_the_tree()
    {
        using var staff = await StaffAsync();
        using (var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", "青山区"), ("Input.Code", "150102"))))
        {
            ShouldRedirect(response, List);
        }
        var district = await DbAsync(db => db.Areas.SingleAsync(a => a.Name == "青山区"));
        district.Level.Should().Be(AreaLevel.District);

        var form = await staff.GetDocumentAsync($"{List}/Edit?parent={district.Id}");
        Value(form, "Input.Name").Should().BeEmpty();
        using (var response = await staff.SubmitFormAsync(form, Form(("Input.Name", "钢城街道"))))
        {
            ShouldRedirect(response, $"{List}?district={district.Id}");
        }
        var subdistrict = await DbAsync(db => db.Areas.SingleAsync(a => a.Name == "钢城街道"));
        subdistrict.ParentId.Should().Be(district.Id);
        subdistrict.Level.Should().Be(AreaLevel.Subdistrict);

        var rows = (await staff.GetDocumentAsync(List)).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().HaveCount(2);
        rows[0].Should().Contain("青山区").And.Contain("下辖 1 个");
        rows[1].Should().Contain("钢城街道").And.Contain("街道、乡镇、苏木");
        (await AuditAsync(nameof(AdministrativeArea), subdistrict.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task A_subdistrict_without_a_district_is_refused_by_the_domain_next_to_the_parent()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "钢城街道"), ("Input.Level", nameof(AreaLevel.Subdistrict)), ("Input.ParentId", "")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.ParentId").Should().Be(DomainMessages.SubdistrictNeedsDistrict.Message);
        Value(page, "Input.Name").Should().Be("钢城街道");
    }

    [Fact]
    public async Task A_district_cannot_have_a_parent()
    {
        var district = await Data.DistrictAsync("青山区");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "明湖区"), ("Input.Level", nameof(AreaLevel.District)), ("Input.ParentId", Id(district.Id))));
        (await RefusedAsync(response)).FieldError("Input.ParentId").Should().Be(DomainMessages.DistrictHasNoParent.Message);
    }

    [Fact]
    public async Task A_subdistrict_under_another_subdistrict_is_refused_next_to_the_parent()
    {
        var district = await Data.DistrictAsync("青山区");
        var street = await Data.SubdistrictAsync(district.Id, "钢城街道");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "钢城社区"), ("Input.Level", nameof(AreaLevel.Subdistrict)), ("Input.ParentId", Id(street.Id))));
        var page = await RefusedAsync(response);
        page.FieldError("Input.ParentId").Should().Be(DomainMessages.ParentMustBeDistrict.Message);
        Value(page, "Input.Name").Should().Be("钢城社区");
        (await DbAsync(db => db.Areas.CountAsync())).Should().Be(2);
    }

    [Fact]
    public async Task A_district_with_subdistricts_cannot_become_a_subdistrict()
    {
        var district = await Data.DistrictAsync("青山区");
        var other = await Data.DistrictAsync("明湖区");
        await Data.SubdistrictAsync(district.Id, "钢城街道");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{district.Id}", Form(
            ("Input.Level", nameof(AreaLevel.Subdistrict)), ("Input.ParentId", Id(other.Id))));
        (await RefusedAsync(response)).FieldError("Input.Level").Should().Be(DomainMessages.DistrictHasSubdistricts.Message);
    }

    [Fact]
    public async Task The_same_name_is_refused_within_a_district_but_allowed_in_another()
    {
        var qingshan = await Data.DistrictAsync("青山区");
        var minghu = await Data.DistrictAsync("明湖区");
        await Data.SubdistrictAsync(qingshan.Id, "新华街道");
        using var staff = await StaffAsync();
        using (var duplicate = await staff.SubmitFormAsync($"{List}/Edit?parent={qingshan.Id}", Form(("Input.Name", "新华街道"))))
        {
            (await RefusedAsync(duplicate)).FieldError("Input.Name").Should().Be(EditModel.Handler.UniqueName.Message);
        }
        using var elsewhere = await staff.SubmitFormAsync($"{List}/Edit?parent={minghu.Id}", Form(("Input.Name", "新华街道")));
        ShouldRedirect(elsewhere, $"{List}?district={minghu.Id}");
        (await DbAsync(db => db.Areas.CountAsync(a => a.Name == "新华街道"))).Should().Be(2);
    }
}
