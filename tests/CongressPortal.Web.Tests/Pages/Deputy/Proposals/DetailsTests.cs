using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

public sealed class DetailsTests(PortalAppFactory app) : ProposalTest(app)
{
    private static string Url(int id) => $"/Deputy/Proposals/Details/{id}";

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, int id, string form)
    {
        var page = await client.GetDocumentAsync(Url(id));
        return await client.SubmitFormAsync(page, new Dictionary<string, string?>(), form);
    }

    [Fact]
    public async Task Co_signers_answer_on_their_own_desks_and_the_proposal_registers_once_ten_have_signed()
    {
        var world = await WorldAsync();
        var invited = world.Others.Take(10).ToArray();
        var id = await DraftAsync(world, invited);

        // Two answer on their own desks; seven more confirm through the store as their desks would.
        using (var first = await DeputyClientAsync(invited[0].Id))
        {
            var page = await first.GetDocumentAsync(Url(id));
            page.QuerySelector("#signers")!.TextContent.Should().Contain(invited[0].Name).And.Contain("待确认");
            page.QuerySelector("#submit-form").Should().BeNull("only the lead submits");
            using var confirmed = await PostAsync(first, id, "#confirm-form");
            confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
            var after = await first.GetDocumentAsync(Url(id));
            after.QuerySelector("#confirm-form").Should().BeNull();
            after.QuerySelector(".alert-success")!.TextContent.Should().Contain("您已确认联名");
        }
        using (var declining = await DeputyClientAsync(invited[9].Id))
        {
            using var declined = await PostAsync(declining, id, "#decline-form");
            declined.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        await ConfirmAsync(id, invited[1..8]);

        var proposal = await LoadProposalAsync(id);
        proposal.SignedCount.Should().Be(9, "the lead and eight co-signers");
        proposal.Signers.Single(s => s.DeputyId == invited[9].Id).State.Should().Be(ProposalSignerState.Declined);

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var leadPage = await lead.GetDocumentAsync(Url(id));
        leadPage.QuerySelector("#signature-count")!.TextContent.Should().Contain("已联名 9 人（含领衔代表），须 10 人以上");
        leadPage.QuerySelector("#signers")!.TextContent.Should().Contain("已谢绝").And.Contain("已确认").And.Contain("待确认");
        using (var refused = await lead.SubmitFormAsync(leadPage, new Dictionary<string, string?>(), "#submit-form"))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            var shown = await PortalClient.ParseAsync(refused);
            shown.QuerySelector("#submit-error")!.TextContent.Should().Contain("目前9名").And.Contain("还差1名");
        }
        (await LoadProposalAsync(id)).Status.Should().Be(ProposalStatus.Draft);

        using (var tenth = await DeputyClientAsync(invited[8].Id))
        {
            using var confirmed = await PostAsync(tenth, id, "#confirm-form");
            confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        using (var submitted = await PostAsync(lead, id, "#submit-form"))
        {
            submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var registered = await LoadProposalAsync(id);
        registered.Status.Should().Be(ProposalStatus.Registered);
        registered.Number.Should().Be("十六届五次会议议案第01号");
        var final = await lead.GetDocumentAsync(Url(id));
        final.QuerySelector("#number")!.TextContent.Should().Be(registered.Number);
        final.QuerySelector("#submit-form").Should().BeNull();
        final.QuerySelector("#timeline")!.TextContent.Should().Contain("确认联名").And.Contain("谢绝联名").And.Contain("提交并登记");
    }

    [Fact]
    public async Task Submitting_after_the_deadline_is_refused_and_the_draft_stays_a_draft()
    {
        var world = await WorldAsync();
        var invited = world.Others.Take(9).ToArray();
        var id = await DraftAsync(world, invited);
        await ConfirmAsync(id, invited);

        App.Clock.Set(world.Deadline.AddMinutes(1));
        using var lead = await DeputyClientAsync(world.Lead.Id);
        var page = await lead.GetDocumentAsync(Url(id));
        page.QuerySelector("#submit-note")!.TextContent.Should().Contain("截止时间").And.Contain("已过");
        using var refused = await lead.SubmitFormAsync(page, new Dictionary<string, string?>(), "#submit-form");
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).QuerySelector("#submit-error")!.TextContent.Should().Contain("已过，不能再作为议案提出");
        var after = await LoadProposalAsync(id);
        after.Status.Should().Be(ProposalStatus.Draft);
        after.Number.Should().BeNull();
    }

    [Fact]
    public async Task An_answer_from_a_page_the_lead_has_changed_since_is_refused_as_a_conflict_and_changes_nothing()
    {
        var world = await WorldAsync();
        var invited = world.Others.Take(3).ToArray();
        var id = await DraftAsync(world, invited);
        using var coSigner = await DeputyClientAsync(invited[0].Id);
        var stale = await coSigner.GetDocumentAsync(Url(id));

        // Meanwhile the lead rewrites the draft the co-signer is reading.
        var version = (await LoadProposalAsync(id)).Version;
        var edited = await ServiceAsync<Web.Data.Queries.ProposalStore, Web.Infrastructure.CommandResult<int>>(store =>
            store.EditDraftAsync(id, version, Draft(world, invited, "关于制定示例市居家养老服务条例的议案"), AsDeputy(world.Lead), default));
        edited.IsSuccess.Should().BeTrue(edited.Error);
        using var answered = await coSigner.SubmitFormAsync(stale, new Dictionary<string, string?>(), "#confirm-form");

        answered.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(answered)).QuerySelector("#form-failed")!.TextContent.Should().Contain("其他人已处理了这件议案");
        (await LoadProposalAsync(id)).CoSigners.Single(s => s.DeputyId == invited[0].Id).State
            .Should().Be(ProposalSignerState.Invited, "nobody signs a text they have not seen");
    }

    [Fact]
    public async Task The_deputies_on_a_proposal_download_its_attachments_and_no_other_deputy_can()
    {
        var world = await WorldAsync();
        var draft = Draft(world, world.Others.Take(9));
        var registered = await ServiceAsync<Web.Data.Queries.ProposalStore, Web.Infrastructure.CommandResult<Proposal>>(store =>
            store.RegisterAsync(draft, [new Web.Data.Queries.SuggestionRegistrar.NewAttachment("议案原件.pdf", TestData.LetterPdf)], StaffActor, default));
        registered.IsSuccess.Should().BeTrue(registered.Error);
        var id = registered.Value!.Id;
        var fileId = (await LoadProposalAsync(id)).Attachments.Single().FileId;
        var file = $"/Deputy/Proposals/File/{id}/{fileId}";

        using var coSigner = await DeputyClientAsync(world.Others[2].Id);
        var page = await coSigner.GetDocumentAsync(Url(id));
        page.QuerySelector("#attachments a")!.GetAttribute("href").Should().Be(file);
        using var download = await coSigner.GetAsync(file);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(TestData.LetterPdf);

        using var outsider = await DeputyClientAsync(world.Others[9].Id);
        using var refused = await outsider.GetAsync(file);
        refused.StatusCode.Should().Be(HttpStatusCode.NotFound, "a deputy not on the proposal learns nothing of its files");
    }

    [Fact]
    public async Task A_deputy_not_on_the_proposal_gets_404_for_it_and_its_forms_change_nothing()
    {
        var world = await WorldAsync();
        var id = await DraftAsync(world, world.Others.Take(2));
        var outsider = world.Others[5];
        var own = await ServiceAsync<Web.Data.Queries.ProposalStore, int>(async store =>
            (await store.StartDraftAsync(Draft(world, [world.Lead]) with { LeadDeputyId = outsider.Id }, AsDeputy(outsider), default)).Value);
        var before = await LoadProposalAsync(id);

        using var client = await DeputyClientAsync(outsider.Id);
        (await client.GetAsync(Url(id))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Deputy/Proposals/Edit/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(Url(999999))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // A real form of the outsider's own draft, pointed at the other deputy's proposal.
        var page = await client.GetDocumentAsync(Url(own));
        page.QuerySelector<IHtmlFormElement>("#withdraw-form")!.SetAttribute("action", $"{Url(id)}?handler=Withdraw");
        using var response = await client.SubmitFormAsync(page, new Dictionary<string, string?> { ["Withdraw.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#withdraw-form");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var after = await LoadProposalAsync(id);
        after.Status.Should().Be(ProposalStatus.Draft);
        after.Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task The_lead_withdraws_a_registered_proposal_only_with_a_reason_typed_next_to_the_field()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var page = await lead.GetDocumentAsync(Url(proposal.Id));
        using (var refused = await lead.SubmitFormAsync(page, new Dictionary<string, string?> { ["Withdraw.Reason"] = "" }, "#withdraw-form"))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            (await PortalClient.ParseAsync(refused)).FieldError("Withdraw.Reason").Should().Be(ProposalMessages.WithdrawReasonRequired.Message);
        }
        using (var withdrawn = await lead.SubmitFormAsync(await lead.GetDocumentAsync(Url(proposal.Id)),
                   new Dictionary<string, string?> { ["Withdraw.Reason"] = "拟改为代表建议提出" }, "#withdraw-form"))
        {
            withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var after = await LoadProposalAsync(proposal.Id);
        after.Status.Should().Be(ProposalStatus.Withdrawn);
        after.StatusReason.Should().Be("拟改为代表建议提出");
    }

    [Fact]
    public async Task After_the_decision_the_deputy_sees_the_decision_the_committee_report_and_no_forms()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        var today = Today;
        await StaffActAsync(proposal.Id, (p, now) => p.PutOnAgenda(new DecisionDraft(today, "符合议案要求，列入大会议程。"), StaffActor, now));

        using var coSigner = await DeputyClientAsync(world.Others[0].Id);
        var page = await coSigner.GetDocumentAsync(Url(proposal.Id));
        page.QuerySelector("#decision")!.TextContent.Should().Contain("列入会议议程").And.Contain("符合议案要求，列入大会议程。");
        page.QuerySelector("#no-actions").Should().NotBeNull();
        page.QuerySelectorAll("#actions form").Should().BeEmpty();
    }
}
