using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

/// <summary>Co-signers named online confirm or decline on their desk (S1a), as for proposals; staff-registered ones need not.</summary>
public sealed class DetailsCoSigningTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private const string Url = "/Deputy/Suggestions/Create";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Submitted online by the world's lead deputy, inviting <paramref name="coSigners"/>.</summary>
    private Task<Suggestion> OnlineAsync(TestData.SuggestionWorld world, params int[] coSigners) =>
        ServiceAsync<Web.Data.Queries.SuggestionRegistrar, Suggestion>(async registrar =>
        {
            var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, world.Lead.Id, coSigners, "关于增设公交站点的建议", "建议增设站点。",
                world.Category.Id, Today);
            var result = await registrar.RegisterAsync([draft], Actor.Deputy(world.Lead.Id, "李建国"), null, null, default);
            return result.Value![0];
        });

    [Fact]
    public async Task A_co_signer_named_online_confirms_on_the_desk_and_is_shown_pending_until_then()
    {
        var world = await Data.SuggestionWorldAsync();
        using var lead = await DeputyClientAsync(world.Lead.Id);
        using (var submitted = await lead.SubmitFormAsync(Url, new Dictionary<string, string?>
        {
            ["Input.Title"] = "关于增设社区养老服务站的建议",
            ["Input.Content"] = "建议增设。",
            ["Input.CategoryId"] = Id(world.Category.Id),
            ["Input.CoSignerIds"] = Id(world.CoSigner.Id),
        }, "#suggestion-form"))
        {
            submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var suggestion = await DbAsync(db => db.Suggestions.Include(s => s.Deputies).AsNoTracking().SingleAsync());
        suggestion.Deputies.Single(d => d.DeputyId == world.CoSigner.Id).IsPending.Should().BeTrue();
        (await lead.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}")).QuerySelector("#facts")!.TextContent.Should().Contain("王秀英（待确认）");

        using var coSigner = await DeputyClientAsync(world.CoSigner.Id);
        var desk = await coSigner.GetDocumentAsync("/Deputy");
        var invitation = desk.QuerySelector("#awaiting-cosigning")!;
        invitation.TextContent.Should().Contain(suggestion.Number).And.Contain("领衔代表：李建国");
        var link = invitation.QuerySelector("a")!.GetAttribute("href")!;
        var details = await coSigner.GetDocumentAsync(link);
        details.QuerySelector("#cosign")!.TextContent.Should().Contain("将您列为这件建议的附议代表");

        using (var confirmed = await coSigner.SubmitFormAsync(details, new Dictionary<string, string?>(), "#confirm-form"))
            confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await LoadAsync(suggestion.Id);
        var row = after.Deputies.Single(d => d.DeputyId == world.CoSigner.Id);
        row.State.Should().Be(CoSignerState.Confirmed);
        row.AnsweredAt.Should().Be(App.Clock.GetUtcNow());
        after.Events[^1].Kind.Should().Be(SuggestionEventKind.CoSigningConfirmed);
        var shown = await coSigner.GetDocumentAsync(link);
        shown.QuerySelector("#cosign").Should().BeNull("nothing left to answer");
        shown.QuerySelector("#facts")!.TextContent.Should().Contain("王秀英").And.NotContain("待确认");
        shown.QuerySelector("#timeline")!.TextContent.Should().Contain("确认附议");
        (await coSigner.GetDocumentAsync("/Deputy")).QuerySelector("#awaiting-cosigning").Should().BeNull();

        // Staff see how each co-signer signed.
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        (await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{suggestion.Id}")).QuerySelector("#co-signers")!.TextContent.Should().Contain("已确认");
    }

    [Fact]
    public async Task Declining_takes_the_co_signer_off_the_suggestion_and_out_of_reach()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await OnlineAsync(world, world.CoSigner.Id);
        using var coSigner = await DeputyClientAsync(world.CoSigner.Id);
        var details = await coSigner.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");

        using (var declined = await coSigner.SubmitFormAsync(details, new Dictionary<string, string?>(), "#decline-form"))
        {
            declined.StatusCode.Should().Be(HttpStatusCode.Redirect);
            declined.Headers.Location!.OriginalString.Should().Be("/Deputy");
        }

        var after = await LoadAsync(suggestion.Id);
        after.Deputies.Select(d => d.DeputyId).Should().Equal(world.Lead.Id);
        after.Events[^1].Kind.Should().Be(SuggestionEventKind.CoSigningDeclined);
        after.Events[^1].ActorName.Should().NotBeEmpty();
        (await coSigner.GetAsync($"/Deputy/Suggestions/Details/{suggestion.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var lead = await DeputyClientAsync(world.Lead.Id);
        var leadPage = await lead.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        leadPage.QuerySelector("#timeline")!.TextContent.Should().Contain("谢绝附议");
        leadPage.QuerySelector("#cosign").Should().BeNull("the lead has no invitation to answer");
    }

    [Fact]
    public async Task Co_signers_staff_registered_from_paper_need_no_confirmation_and_others_cannot_answer()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        using var coSigner = await DeputyClientAsync(world.CoSigner.Id);
        var page = await coSigner.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        page.QuerySelector("#cosign").Should().BeNull();
        page.QuerySelector("#facts")!.TextContent.Should().NotContain("待确认");
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        (await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{suggestion.Id}")).QuerySelector("#co-signers")!.TextContent
            .Should().Contain("工作人员据纸质建议登记");

        // A deputy not on the suggestion posting a real confirm form of their own invitation at it: 404.
        var outsider = await Data.DeputyAsync("赵志刚", "16003");
        var own = await OnlineAsync(world, outsider.Id);
        using var client = await DeputyClientAsync(outsider.Id);
        var form = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{own.Id}");
        form.QuerySelector("#confirm-form")!.SetAttribute("action", $"/Deputy/Suggestions/Details/{suggestion.Id}?handler=Confirm");
        using var response = await client.SubmitFormAsync(form, new Dictionary<string, string?>(), "#confirm-form");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
