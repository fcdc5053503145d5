using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies.Groups;

public sealed class EditTests(PortalAppFactory app) : RegistryTest(app)
{
    private const string Groups = "/Staff/Deputies/Groups";

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
}
