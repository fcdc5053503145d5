using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Categories;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Reference.Categories;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Categories";

    [Fact]
    public async Task A_deactivated_category_shows_as_stopped()
    {
        var category = await Data.CategoryAsync("其他");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#deactivate-{category.Id}");
        ShouldRedirect(response, List);
        var row = (await staff.GetDocumentAsync(List)).QuerySelector($"#activate-{category.Id}")!.Closest("tr")!;
        row.TextContent.Should().Contain("停用");
        row.ClassList.Should().Contain("reference-inactive");
    }
}
