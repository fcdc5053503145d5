using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Suggestions;

namespace CongressPortal.Web.Tests.Pages.Suggestions;

/// <summary>承诺事项公开台账: the commitments of published replies only, for anonymous readers, linked from the public pages.</summary>
public sealed class CommitmentsTests(PortalAppFactory app) : PublicSuggestionTest(app)
{
    private const string Ledger = "/Suggestions/Commitments";

    private static List<string> Listed(IHtmlDocument page) =>
        page.QuerySelectorAll("#commitment-ledger tbody tr .ledger-description").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public async Task Anonymous_readers_see_only_the_commitments_of_published_replies_with_progress_and_state()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var client = AnonymousClient();

        using var response = await client.GetAsync(Ledger);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var source = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);
        // Not the commitment of the reply staff reviewed without publishing, nor of the reply not reviewed yet.
        Listed(page).Should().Equal(LedgerScenario.Lifts, LedgerScenario.Acceptance);
        source.Should().NotContain(LedgerScenario.Plan).And.NotContain(LedgerScenario.NewSchool).And.NotContain("规划已印发");
        (page.QuerySelector("#count-total")!.TextContent, page.QuerySelector("#count-done")!.TextContent,
            page.QuerySelector("#count-in-progress")!.TextContent, page.QuerySelector("#count-overdue")!.TextContent).Should().Be(("2", "0", "1", "1"));
        var lifts = page.QuerySelector($"#ledger-commitment-{s.CommitmentId(LedgerScenario.Lifts)}")!;
        lifts.QuerySelector(".ledger-suggestion a")!.GetAttribute("href").Should().Be($"/Suggestions/Details/{s.Elevator.Id}");
        lifts.QuerySelector(".ledger-planned")!.TextContent.Trim().Should().Be("2026年6月30日");
        lifts.QuerySelector(".ledger-progress")!.TextContent.Should().Contain("60%");
        lifts.QuerySelector(".ledger-latest")!.TextContent.Trim().Should().Be("2026年3月20日：已完成7部");
        lifts.QuerySelector(".ledger-state")!.TextContent.Should().Contain("已逾期");
        // No private data and nobody's name: who recorded the progress stays internal.
        source.Should().NotContain("住建局").And.NotContain("李建国").And.NotContain("/Staff/");
        Listed(await client.GetDocumentAsync($"{Ledger}?state=Overdue")).Should().Equal(LedgerScenario.Lifts);
        Listed(await client.GetDocumentAsync($"{Ledger}?unit={s.World.OtherUnit.Id}")).Should().BeEmpty();
        // The unit filter offers only the units with a published commitment.
        page.QuerySelectorAll("#unit option").Select(o => o.TextContent).Should().Equal("全部单位", "示例市住房和城乡建设局");
    }

    [Fact]
    public async Task A_commitment_leaves_the_public_ledger_when_a_later_reviewed_round_is_not_published()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world, withCoSigner: false);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        await Data.ActAsync(suggestion.Id, (x, rules, now, letter) => x.Reply(new ReplyDraft("B", "已列入计划。", "张局长", Today, true, letter(),
            [new CommitmentDraft("一期工程年内完工", Today.AddMonths(6))]), UnitActor(world.Unit.Id), now, rules));
        using var client = AnonymousClient();
        Listed(await client.GetDocumentAsync(Ledger)).Should().BeEmpty("staff have not reviewed the reply yet");

        await Data.ReviewRepliesAsync(suggestion.Id);
        Listed(await client.GetDocumentAsync(Ledger)).Should().Equal("一期工程年内完工");

        // Not satisfied: the unit answers again, and this time not for publication.
        await Data.ActAsync(suggestion.Id, (x, rules, now) =>
            x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.Unsatisfied, "没有时间表", Actor.Deputy(world.Lead.Id, "李建国"), now, rules));
        await Data.ActAsync(suggestion.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(Today, letter(), publishable: false), UnitActor(world.Unit.Id), now, rules));
        Listed(await client.GetDocumentAsync(Ledger)).Should().Equal(["一期工程年内完工"], "the published round is still the latest reviewed one");
        await Data.ReviewRepliesAsync(suggestion.Id);
        Listed(await client.GetDocumentAsync(Ledger)).Should().BeEmpty("the latest reviewed reply is not published");
    }

    [Fact]
    public async Task The_public_list_and_a_published_reply_link_to_the_ledger()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var client = AnonymousClient();

        var list = await client.GetDocumentAsync("/Suggestions");
        list.QuerySelector("#commitments-link a")!.GetAttribute("href").Should().Be(Ledger);
        var details = await client.GetDocumentAsync($"/Suggestions/Details/{s.Elevator.Id}");
        var link = details.QuerySelector("#commitments-link")!;
        link.TextContent.Should().Contain("2 项");
        var href = link.QuerySelector("a")!.GetAttribute("href")!;
        href.Should().Be($"{Ledger}?suggestion={s.Elevator.Id}");
        var one = await client.GetDocumentAsync(href);
        Listed(one).Should().Equal(LedgerScenario.Lifts, LedgerScenario.Acceptance);
        one.QuerySelector("#suggestion-filter").Should().NotBeNull();
    }
}
