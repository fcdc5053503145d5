using CongressPortal.Domain.Reference;
using CongressPortal.Web.Pages.Reference.Sessions;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Reference.Sessions;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Sessions";

    [Fact]
    public async Task The_list_filters_by_term()
    {
        await Data.SessionAsync(5);
        var older = await Data.TermAsync(15);
        await DbAsync(async db =>
        {
            db.Sessions.Add(CongressSession.Create(older.Id, 3, new DateOnly(2019, 1, 6), null));
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();
        var all = Text(await staff.GetDocumentAsync(List), "tbody");
        all.Should().Contain("第十六届人民代表大会第五次会议").And.Contain("第十五届人民代表大会第三次会议");
        var filtered = Text(await staff.GetDocumentAsync($"{List}?term={older.Id}"), "tbody");
        filtered.Should().Contain("第十五届人民代表大会第三次会议").And.NotContain("第十六届");
    }
}
