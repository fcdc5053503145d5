using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Terms;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Terms";

    [Fact]
    public async Task Deleting_a_term_that_has_sessions_is_refused_as_in_use_and_the_term_stays()
    {
        var session = await Data.SessionAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#delete-{session.TermId}");
        ShouldRedirect(response, List);

        var list = await staff.GetDocumentAsync(List);
        Text(list, ".alert-danger").Should().Contain(DbErrors.InUse);
        (await DbAsync(db => db.Terms.AnyAsync(t => t.Id == session.TermId))).Should().BeTrue();
        (await AuditAsync(nameof(Term), session.TermId)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task A_term_with_nothing_in_it_can_be_deleted()
    {
        var term = await Data.TermAsync(17);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(List, Form(), $"#delete-{term.Id}");
        ShouldRedirect(response, List);
        (await DbAsync(db => db.Terms.AnyAsync())).Should().BeFalse();
        (await AuditAsync(nameof(Term), term.Id)).Should().Equal(AuditAction.Created, AuditAction.Deleted);
    }

    [Fact]
    public async Task The_list_counts_each_terms_sessions_and_meetings()
    {
        await Data.SessionAsync(4);
        await Data.SessionAsync(5);
        await Data.MeetingAsync(30);
        using var staff = await StaffAsync();
        var row = (await staff.GetDocumentAsync(List)).QuerySelector("tbody tr")!.TextContent;
        row.Should().Contain("第十六届").And.Contain("2 次").And.Contain("1 次");
    }
}
