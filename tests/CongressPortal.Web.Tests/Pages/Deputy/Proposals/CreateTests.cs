using System.Globalization;
using System.Net;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

public sealed class CreateTests(PortalAppFactory app) : ProposalTest(app)
{
    private const string Url = "/Deputy/Proposals/Create";

    private static List<(string Name, string? Value)> Fields(World world, string subject, string solution, params Deputy[] invited)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("Input.SessionId", Id(world.Session.Id)),
            ("Input.Subject", subject),
            ("Input.Grounds", "我市老龄化程度不断加深。"),
            ("Input.Solution", solution),
        };
        if (invited.Length == 0) fields.Add(("Input.CoSignerIds", null));
        fields.AddRange(invited.Select(d => ("Input.CoSignerIds", (string?)Id(d.Id))));
        return fields;
    }

    [Fact]
    public async Task A_deputy_drafts_a_proposal_and_invites_co_signers_who_are_then_waiting_to_answer()
    {
        var world = await WorldAsync(others: 3);
        using var client = await DeputyClientAsync(world.Lead.Id);
        var page = await client.GetDocumentAsync(Url);
        page.QuerySelectorAll("#Input_SessionId option").Select(o => o.GetAttribute("value")).Should().Contain(Id(world.Session.Id));
        page.QuerySelectorAll("#Input_CoSignerIds option").Select(o => o.TextContent).Should().BeEquivalentTo(world.Others.Select(d => d.Name),
            "serving deputies of the term, the lead not among them");

        using var response = await client.PostFormAsync(page, "#proposal-form", Fields(world, "关于制定示例市养老服务条例的议案", "建议制定条例。", world.Others[0], world.Others[1]));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/Deputy/Proposals/Details/");
        var proposal = await LoadProposalAsync(int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture));
        proposal.Status.Should().Be(ProposalStatus.Draft);
        proposal.LeadDeputyId.Should().Be(world.Lead.Id);
        proposal.CoSigners.Select(s => (s.DeputyId, s.State)).Should().Equal((world.Others[0].Id, ProposalSignerState.Invited), (world.Others[1].Id, ProposalSignerState.Invited));

        using var invited = await DeputyClientAsync(world.Others[0].Id);
        var desk = await invited.GetDocumentAsync("/Deputy");
        desk.QuerySelector("#awaiting-signing")!.TextContent.Should().Contain("关于制定示例市养老服务条例的议案").And.Contain("李建国");
    }

    [Fact]
    public async Task Missing_text_is_refused_next_to_its_field_and_everything_typed_is_kept()
    {
        var world = await WorldAsync(others: 2);
        using var client = await DeputyClientAsync(world.Lead.Id);
        var page = await client.GetDocumentAsync(Url);
        using var response = await client.PostFormAsync(page, "#proposal-form", Fields(world, "关于加强学前教育的议案", "", world.Others[0]));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var shown = await PortalClient.ParseAsync(response);
        shown.FieldError("Input.Solution").Should().Be("请填写方案。");
        shown.QuerySelector("#Input_Subject")!.GetAttribute("value").Should().Be("关于加强学前教育的议案");
        shown.QuerySelector("#Input_Grounds")!.TextContent.Trim().Should().Be("我市老龄化程度不断加深。");
        shown.QuerySelectorAll("#Input_CoSignerIds option[selected]").Select(o => o.GetAttribute("value")).Should().Equal(Id(world.Others[0].Id));
        (await DbAsync(db => Task.FromResult(db.Proposals.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task A_co_signer_of_another_term_is_refused_next_to_the_co_signers_and_nothing_is_saved()
    {
        var world = await WorldAsync(others: 2);
        var oldTerm = await Data.TermAsync(15);
        var former = await DbAsync(async db =>
        {
            var deputy = Deputy.Create(oldTerm.Id, "15001", "钱老", Gender.Male);
            db.Deputies.Add(deputy);
            await db.SaveChangesAsync();
            return deputy;
        });
        using var client = await DeputyClientAsync(world.Lead.Id);
        var page = await client.GetDocumentAsync(Url);
        using var response = await client.PostFormAsync(page, "#proposal-form", Fields(world, "关于加强学前教育的议案", "建议增加公办园学位。", world.Others[0], former));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var shown = await PortalClient.ParseAsync(response);
        shown.FieldError("Input.CoSignerIds").Should().Be(ProposalMessages.DeputyOfAnotherTerm("钱老", nameof(ProposalDraft.CoSignerIds)).Message);
        shown.QuerySelector("#Input_Solution")!.TextContent.Trim().Should().Be("建议增加公办园学位。");
        (await DbAsync(db => Task.FromResult(db.Proposals.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task After_the_deadline_no_session_is_offered_and_a_draft_for_it_is_refused()
    {
        var world = await WorldAsync(others: 1);
        App.Clock.Set(world.Deadline.AddMinutes(1));
        using var client = await DeputyClientAsync(world.Lead.Id);
        var page = await client.GetDocumentAsync(Url);
        page.QuerySelector("#no-open-session").Should().NotBeNull();
        using var response = await client.PostFormAsync(page, "#proposal-form", Fields(world, "关于加强学前教育的议案", "建议增加公办园学位。"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).Summary().Should().Contain("已过，不能再作为议案提出");
        (await DbAsync(db => Task.FromResult(db.Proposals.Count()))).Should().Be(0);
    }
}
