using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Areas;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Areas";

    [Fact]
    public async Task Deleting_a_district_with_subdistricts_is_refused_as_in_use()
    {
        var district = await Data.DistrictAsync("青山区");
        await Data.SubdistrictAsync(district.Id, "钢城街道");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#delete-{district.Id}");
        ShouldRedirect(response, List);
        Text(await staff.GetDocumentAsync(List), ".alert-danger").Should().Contain(DbErrors.InUse);
        (await DbAsync(db => db.Areas.CountAsync())).Should().Be(2);
    }

    [Fact]
    public async Task The_list_filters_by_district_and_deactivation_keeps_the_filter()
    {
        var qingshan = await Data.DistrictAsync("青山区");
        var minghu = await Data.DistrictAsync("明湖区");
        var street = await Data.SubdistrictAsync(qingshan.Id, "钢城街道");
        await Data.SubdistrictAsync(minghu.Id, "湖滨街道");
        using var staff = await StaffAsync();
        var url = $"{List}?district={qingshan.Id}";
        Text(await staff.GetDocumentAsync(url), "tbody").Should().Contain("钢城街道").And.NotContain("湖滨街道").And.NotContain("明湖区");

        using var response = await staff.SubmitFormAsync(url, Form(), $"#deactivate-{street.Id}");
        ShouldRedirect(response, url);
        var row = (await staff.GetDocumentAsync(url)).QuerySelector($"#activate-{street.Id}")!.Closest("tr")!;
        row.TextContent.Should().Contain("停用");
        (await AuditAsync(nameof(AdministrativeArea), street.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }
}
