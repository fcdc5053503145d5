using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Categories;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Categories;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Categories";

    [Fact]
    public async Task Staff_creates_a_category_with_the_next_sort_order_proposed()
    {
        await Data.CategoryAsync("城乡建设");
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync($"{List}/Edit");
        Value(form, "Input.SortOrder").Should().Be("2");

        using var response = await staff.SubmitFormAsync(form, Form(("Input.Name", "  生态环境 ")));
        ShouldRedirect(response, List);
        var category = await DbAsync(db => db.SuggestionCategories.SingleAsync(c => c.SortOrder == 2));
        category.Name.Should().Be("生态环境", "the domain trims what was typed");
        (await AuditAsync(nameof(SuggestionCategory), category.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Staff_renames_a_category()
    {
        var category = await Data.CategoryAsync("教科文卫");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{category.Id}", Form(("Input.Name", "教育科学文化卫生")));
        ShouldRedirect(response, List);
        (await DbAsync(db => db.SuggestionCategories.SingleAsync(c => c.Id == category.Id))).Name.Should().Be("教育科学文化卫生");
        (await AuditAsync(nameof(SuggestionCategory), category.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task An_empty_or_duplicate_name_is_refused_next_to_the_name()
    {
        await Data.CategoryAsync("城乡建设");
        using var staff = await StaffAsync();
        using (var empty = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", ""))))
        {
            (await RefusedAsync(empty)).FieldError("Input.Name").Should().Be("请填写类别名称");
        }
        using var duplicate = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", "城乡建设")));
        var page = await RefusedAsync(duplicate);
        page.FieldError("Input.Name").Should().Be(EditModel.Handler.UniqueName.Message);
        Value(page, "Input.Name").Should().Be("城乡建设");
    }

    [Fact]
    public async Task An_administrator_maintains_reference_data_too()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        using var response = await admin.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", "民族宗教"), ("Input.SortOrder", "8")));
        ShouldRedirect(response, List);
        var category = await DbAsync(db => db.SuggestionCategories.SingleAsync(c => c.Name == "民族宗教"));

        using var deleted = await admin.SubmitFormAsync(List, Form(), $"#delete-{category.Id}");
        ShouldRedirect(deleted, List);
        (await AuditAsync(nameof(SuggestionCategory), category.Id)).Should().Equal(AuditAction.Created, AuditAction.Deleted);
    }
}
