using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies.Groups;

public sealed class IndexTests(PortalAppFactory app) : RegistryTest(app)
{
    private const string Groups = "/Staff/Deputies/Groups";

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
