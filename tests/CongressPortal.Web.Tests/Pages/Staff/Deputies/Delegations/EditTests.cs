using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies.Delegations;

public sealed class EditTests(PortalAppFactory app) : RegistryTest(app)
{
    private const string Delegations = "/Staff/Deputies/Delegations";

    [Fact]
    public async Task Staff_create_a_delegation_of_the_current_term_and_the_list_counts_its_deputies()
    {
        var term = await Data.TermAsync();
        var district = await Data.DistrictAsync("青山区");
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync($"{Delegations}/Edit", Form(("Input.Name", "青山区代表团"), ("Input.AreaId", Id(district.Id))));
        ShouldRedirect(response, $"{Delegations}?term={term.Id}");
        var delegation = await DbAsync(db => db.Delegations.AsNoTracking().SingleAsync());
        delegation.TermId.Should().Be(term.Id, "the form starts on the current term");
        delegation.AreaId.Should().Be(district.Id);
        await Data.MunicipalDeputyAsync("周建华", "16201", delegation.Id);

        var list = await staff.GetDocumentAsync(Delegations);
        Text(list, $"#delegation-{delegation.Id}").Should().Contain("青山区代表团").And.Contain("青山区").And.Contain("1 名");
    }

    [Fact]
    public async Task A_duplicate_delegation_name_in_a_term_is_refused_next_to_the_name()
    {
        await Data.DelegationAsync("青山区代表团");
        using var staff = await StaffAsync();
        var page = await RefusedAsync(await staff.SubmitFormAsync($"{Delegations}/Edit", Form(("Input.Name", "青山区代表团"))));
        page.FieldError("Input.Name").Should().Be(CongressPortal.Web.Pages.Staff.Deputies.Delegations.EditModel.Handler.UniqueName.Message);
    }
}
