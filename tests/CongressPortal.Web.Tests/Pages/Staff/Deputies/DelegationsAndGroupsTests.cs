using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class DelegationsAndGroupsTests(PortalAppFactory app) : RegistryTest(app)
{
    private const string Delegations = "/Staff/Deputies/Delegations";
    private const string Groups = "/Staff/Deputies/Groups";

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

    [Fact]
    public async Task A_delegation_with_deputies_cannot_be_deleted_but_can_be_deactivated()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        await Data.MunicipalDeputyAsync("周建华", "16201", delegation.Id);
        using var staff = await StaffAsync();

        using var delete = await staff.SubmitFormAsync(Delegations, Form(), $"#delete-{delegation.Id}");
        delete.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        var afterDelete = await staff.GetDocumentAsync(delete.Headers.Location!.OriginalString);
        Text(afterDelete, ".alert-danger").Should().Contain(DbErrors.InUse);
        (await DbAsync(db => db.Delegations.CountAsync())).Should().Be(1);

        using var deactivate = await staff.SubmitFormAsync(Delegations, Form(), $"#deactivate-{delegation.Id}");
        deactivate.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        (await DbAsync(db => db.Delegations.SingleAsync())).IsActive.Should().BeFalse();
        var form = await staff.GetDocumentAsync($"{List}/Edit");
        form.QuerySelector($"select[name='Input.DelegationId'] option[value='{delegation.Id}']").Should().BeNull("a deactivated delegation is not offered for new deputies");
    }

    [Fact]
    public async Task An_unused_delegation_is_deleted()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        using var staff = await StaffAsync();
        using var delete = await staff.SubmitFormAsync(Delegations, Form(), $"#delete-{delegation.Id}");
        delete.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        (await DbAsync(db => db.Delegations.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Staff_create_a_professional_group_attached_to_a_committee_and_a_regional_group_without_one()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        using var staff = await StaffAsync();

        using var professional = await staff.SubmitFormAsync($"{Groups}/Edit", Form(
            ("Input.Name", "财政经济专业代表小组"), ("Input.Kind", nameof(DeputyGroupKind.Professional)), ("Input.CommitteeId", Id(committee.Id))));
        ShouldRedirect(professional, Groups);
        using var regional = await staff.SubmitFormAsync($"{Groups}/Edit", Form(
            ("Input.Name", "青山区第一代表小组"), ("Input.Kind", nameof(DeputyGroupKind.Regional)), ("Input.CommitteeId", Id(committee.Id))));
        ShouldRedirect(regional, Groups);

        var groups = await DbAsync(db => db.DeputyGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync());
        groups.Single(g => g.Kind == DeputyGroupKind.Professional).CommitteeId.Should().Be(committee.Id);
        groups.Single(g => g.Kind == DeputyGroupKind.Regional).CommitteeId.Should().BeNull();
        var list = await staff.GetDocumentAsync(Groups);
        Text(list, "#groups").Should().Contain("专业代表小组").And.Contain("财政经济委员会");
    }

    [Fact]
    public async Task A_professional_group_without_a_committee_is_refused_next_to_the_committee()
    {
        using var staff = await StaffAsync();
        var page = await RefusedAsync(await staff.SubmitFormAsync($"{Groups}/Edit", Form(
            ("Input.Name", "财政经济专业代表小组"), ("Input.Kind", nameof(DeputyGroupKind.Professional)), ("Input.CommitteeId", ""))));
        page.FieldError("Input.CommitteeId").Should().Be(CongressPortal.Web.Pages.Staff.Deputies.Groups.EditModel.CommitteeRequired);
    }

    [Fact]
    public async Task A_group_with_deputies_cannot_be_deleted()
    {
        var group = await Data.RegistryGroupAsync("青山区第一代表小组");
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        await DbAsync(async db =>
        {
            var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
            stored.AssignGroups(null, group.Id, null);
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();
        using var delete = await staff.SubmitFormAsync(Groups, Form(), $"#delete-{group.Id}");
        var after = await staff.GetDocumentAsync(delete.Headers.Location!.OriginalString);
        Text(after, ".alert-danger").Should().Contain(DbErrors.InUse);
        (await DbAsync(db => db.DeputyGroups.CountAsync())).Should().Be(1);
    }
}
