using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies.Delegations;

public sealed class IndexTests(PortalAppFactory app) : RegistryTest(app)
{
    private const string Delegations = "/Staff/Deputies/Delegations";

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
}
