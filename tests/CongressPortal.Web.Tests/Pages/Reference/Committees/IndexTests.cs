using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Committees;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Committees;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Committees";

    private Task<Committee> StoredAsync(int id) => DbAsync(db => db.Committees.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Deactivating_a_committee_shows_it_as_stopped_and_reactivating_brings_it_back()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        using var staff = await StaffAsync();
        using (var response = await staff.SubmitFormAsync(List, Form(), $"#deactivate-{committee.Id}"))
        {
            ShouldRedirect(response, List);
        }
        (await StoredAsync(committee.Id)).IsActive.Should().BeFalse();
        var list = await staff.GetDocumentAsync(List);
        list.QuerySelector($"#activate-{committee.Id}")!.Closest("tr")!.TextContent.Should().Contain("停用");

        using (var response = await staff.SubmitFormAsync(list, Form(), $"#activate-{committee.Id}"))
        {
            ShouldRedirect(response, List);
        }
        (await StoredAsync(committee.Id)).IsActive.Should().BeTrue();
        (await AuditAsync(nameof(Committee), committee.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated, AuditAction.Updated);
    }

    [Fact]
    public async Task An_unused_committee_can_be_deleted_and_the_deletion_is_audited()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#delete-{committee.Id}");
        ShouldRedirect(response, List);

        (await DbAsync(db => db.Committees.AnyAsync())).Should().BeFalse();
        (await AuditAsync(nameof(Committee), committee.Id)).Should().Equal(AuditAction.Created, AuditAction.Deleted);
        Text(await staff.GetDocumentAsync(List), "main").Should().Contain("已删除“财政经济委员会”");
    }

    [Fact]
    public async Task Destructive_buttons_are_post_forms_that_ask_for_confirmation()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        using var staff = await StaffAsync();
        var list = await staff.GetDocumentAsync(List);
        foreach (var selector in new[] { $"#delete-{committee.Id}", $"#deactivate-{committee.Id}" })
        {
            var form = list.QuerySelector(selector)!;
            form.GetAttribute("method").Should().Be("post");
            form.GetAttribute("data-confirm").Should().Contain("财政经济委员会");
        }
    }
}
