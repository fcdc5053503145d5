using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// /Staff/Suggestions/Assign, the 交办会: the accepted suggestions with the units proposed from where earlier ones went (and
/// why), assigned in one go from the meeting's date; one refused row or one suggestion changed meanwhile stops the batch
/// with everything kept; what was proposed and chosen is kept; the replay measures the proposals on earlier sessions only.
/// Today is Monday 2 March 2026 (the test clock).
/// </summary>
public sealed class AssignTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Page = "/Staff/Suggestions/Assign";
    private static readonly DateOnly Meeting = new(2026, 2, 27); // the Friday before

    private sealed record Scene(TestData.SuggestionWorld World, Suggestion Lift, Suggestion Bus, int[] Earlier);

    /// <summary>
    /// Three suggestions of the session before (2025) went to their units: two about lifts to 住建局, one about buses to
    /// 交通运输局. This session has two accepted suggestions waiting: one about lifts, one about buses.
    /// </summary>
    private async Task<Scene> SceneAsync()
    {
        var data = new TestData(App);
        var world = await data.SuggestionWorldAsync();
        var earlierSession = await DbAsync(async db =>
        {
            var session = CongressSession.Create(world.Session.TermId, 4, new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 13));
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });
        var earlier = new List<int>();
        foreach (var (title, content, unit) in new[]
        {
            ("关于老旧小区加装电梯的建议", "老旧小区居民上下楼难，建议简化加装电梯审批。", world.Unit.Id),
            ("关于加装电梯财政补贴的建议", "建议提高老旧小区加装电梯补贴标准。", world.Unit.Id),
            ("关于优化公交线路的建议", "新城区公交线路少，建议增开公交线路。", world.OtherUnit.Id),
        })
        {
            var s = await RegisterAsync(new SuggestionDraft(SuggestionSource.DuringSession, earlierSession.Id, 2025, world.Lead.Id, [], title, content,
                world.Category.Id, new DateOnly(2025, 1, 11)));
            await new TestData(App).ActAsync(s.Id, (x, rules, now) =>
            {
                x.Accept(Actor.Staff("测试工作人员"), now);
                x.Assign(HandlingMode.Split, [unit], null, Actor.Staff("测试工作人员"), now, rules);
            });
            earlier.Add(s.Id);
        }
        var lift = await AcceptedAsync(world, "关于推进既有住宅加装电梯的建议", "既有住宅加装电梯进度慢，建议加大补贴。");
        var bus = await AcceptedAsync(world, "关于增开夜间公交线路的建议", "夜间出行不便，建议增开夜间公交线路。");
        return new Scene(world, lift, bus, [.. earlier]);
    }

    private async Task<Suggestion> AcceptedAsync(TestData.SuggestionWorld world, string title, string content)
    {
        var data = new TestData(App);
        var s = await data.SuggestionAsync(world, title, content, withCoSigner: false);
        return await data.ActAsync(s.Id, (x, _, now) => x.Accept(Actor.Staff("测试工作人员"), now));
    }

    private async Task<Suggestion> RegisterAsync(SuggestionDraft draft)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>().RegisterAsync([draft], Actor.Staff("测试工作人员"), null, null, default);
        return result.Value![0];
    }

    /// <summary>The name prefix of a suggestion's row fields (Rows[3]).</summary>
    private static string RowOf(IHtmlDocument page, int suggestionId)
    {
        var name = page.QuerySelector($"#row-{suggestionId} input[type=hidden][name$='.Id']")!.GetAttribute("name")!;
        return name[..^".Id".Length];
    }

    [Fact]
    public async Task The_meeting_lists_the_waiting_suggestions_with_proposed_units_and_the_reasons_for_them()
    {
        var scene = await SceneAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(Page);

        page.QuerySelectorAll("#batch-rows tbody tr").Select(r => r.GetAttribute("data-suggestion")).Should().Equal(Id(scene.Lift.Id), Id(scene.Bus.Id));
        var lift = page.QuerySelector($"#row-{scene.Lift.Id}")!;
        lift.QuerySelector(".batch-proposals li .fw-semibold")!.TextContent.Should().Be("示例市住房和城乡建设局");
        var reasons = lift.QuerySelector(".batch-proposals li details")!.TextContent;
        reasons.Should().Contain("关于老旧小区加装电梯的建议").And.Contain("交该单位办理").And.Contain("以往同类建议 3 件中有 2 件");
        lift.QuerySelector<IHtmlSelectElement>($"#unit-{scene.Lift.Id}")!.SelectedOptions.Single().TextContent.Should().Be("示例市住房和城乡建设局");
        page.QuerySelector<IHtmlSelectElement>($"#unit-{scene.Bus.Id}")!.SelectedOptions.Single().TextContent.Should().Be("示例市交通运输局");
        page.QuerySelector<IHtmlInputElement>($"#select-{scene.Lift.Id}")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#MeetingOn")!.Value.Should().Be("2026-03-02", "the meeting date starts as today");
    }

    [Fact]
    public async Task The_ticked_rows_are_assigned_together_from_the_meeting_date_and_what_was_proposed_is_kept()
    {
        var scene = await SceneAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(Page);
        var bus = RowOf(page, scene.Bus.Id);
        using var posted = await staff.PostFormAsync(page, "#batch-form",
        [
            ("MeetingOn", Iso(Meeting)),
            // Staff change the bus suggestion: joint handling, 交通运输局 leads with 住建局 co-handling.
            ($"{bus}.Mode", nameof(HandlingMode.Joint)), ($"{bus}.CoUnitId", Id(scene.World.Unit.Id)),
        ]);
        ShouldRedirect(posted, Page);
        (await staff.GetDocumentAsync(Page)).QuerySelector("#batch-done")!.TextContent.Should().Be("已交办2件建议，交办日期2026年2月27日，答复期限自该日起算。");

        var rules = await ServiceAsync<SuggestionRulesProvider, SuggestionRules>(p => p.GetAsync());
        var lift = await StoredAsync(scene.Lift.Id);
        lift.Status.Should().Be(SuggestionStatus.Handling);
        lift.AssignedOn.Should().Be(Meeting);
        lift.Assignments.Single().UnitId.Should().Be(scene.World.Unit.Id);
        lift.Assignments.Single().DueOn.Should().Be(rules.ReplyDue(Meeting, extended: false));
        var busStored = await StoredAsync(scene.Bus.Id);
        busStored.Mode.Should().Be(HandlingMode.Joint);
        busStored.Assignments.Should().Contain(a => a.Role == AssignmentRole.Lead && a.UnitId == scene.World.OtherUnit.Id)
            .And.Contain(a => a.Role == AssignmentRole.CoHandling && a.UnitId == scene.World.Unit.Id);

        var kept = await DbAsync(db => db.AssignmentProposals.AsNoTracking().OrderBy(p => p.SuggestionId).ToListAsync());
        kept.Select(p => (p.SuggestionId, p.ChosenUnitId, p.ChosenRank)).Should().Equal(
            (scene.Lift.Id, scene.World.Unit.Id, 1), (scene.Bus.Id, scene.World.OtherUnit.Id, 1));
        kept[0].ActorName.Should().Be("张登记");
        (await staff.GetDocumentAsync(Page)).QuerySelector("#batch-empty").Should().NotBeNull("nothing waits any more");
    }

    [Fact]
    public async Task A_refused_row_stops_the_whole_batch_and_comes_back_at_its_row_with_everything_kept()
    {
        var scene = await SceneAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(Page);
        var bus = RowOf(page, scene.Bus.Id);
        using var posted = await staff.PostFormAsync(page, "#batch-form",
            [("MeetingOn", Iso(Meeting)), ($"{bus}.Mode", nameof(HandlingMode.Joint))]); // joint without a co-handling unit
        var refused = await RefusedAsync(posted);

        Text(refused, $"#unit-error-{scene.Bus.Id}").Should().Be(SuggestionMessages.JointNeedsLeadAndCo.Message);
        refused.QuerySelector($"#unit-{scene.Bus.Id}")!.GetAttribute("aria-invalid").Should().Be("true");
        refused.QuerySelector<IHtmlSelectElement>($"select[name='{bus}.Mode']")!.Value.Should().Be(nameof(HandlingMode.Joint));
        refused.QuerySelector<IHtmlInputElement>("#MeetingOn")!.Value.Should().Be(Iso(Meeting));
        (await StoredAsync(scene.Lift.Id)).Status.Should().Be(SuggestionStatus.Accepted, "the row that was fine waits with the others");
        (await CountAsync<AssignmentProposal>()).Should().Be(0);
    }

    [Theory]
    [InlineData(2026, 3, 3, "交办日期不能晚于今天。")]
    [InlineData(2026, 1, 20, "交办日期不能早于30天前：请核对交办会日期。")]
    public async Task A_meeting_date_in_the_future_or_too_long_ago_is_refused_at_its_field(int year, int month, int day, string message)
    {
        var scene = await SceneAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(Page);
        var refused = await RefusedAsync(await staff.PostFormAsync(page, "#batch-form", [("MeetingOn", Iso(new DateOnly(year, month, day)))]));
        Text(refused, "[data-valmsg-for='MeetingOn']").Should().Be(message);
        (await StoredAsync(scene.Lift.Id)).Status.Should().Be(SuggestionStatus.Accepted);
    }

    [Fact]
    public async Task A_suggestion_someone_else_changed_meanwhile_stops_the_batch_with_the_message_at_its_row()
    {
        var scene = await SceneAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(Page);
        await new TestData(App).ActAsync(scene.Lift.Id, (s, _, now) => s.MarkKey("王副主任", scene.World.Committee.Id, Actor.Staff("另一位工作人员"), now));

        var refused = await RefusedAsync(await staff.PostFormAsync(page, "#batch-form", [("MeetingOn", Iso(Meeting))]));
        Text(refused, $"#unit-error-{scene.Lift.Id}").Should().Be(SuggestionStore.ActionConflict);
        (await StoredAsync(scene.Bus.Id)).Status.Should().Be(SuggestionStatus.Accepted);
    }

    [Fact]
    public async Task The_replay_proposes_for_a_session_from_the_sessions_before_it_only()
    {
        var scene = await SceneAsync();
        using (var staff = await StaffAsync())
        {
            var page = await staff.GetDocumentAsync(Page);
            ShouldRedirect(await staff.PostFormAsync(page, "#batch-form", [("MeetingOn", Iso(Meeting))]), Page);
        }
        var replay = await ServiceAsync<SuggestionBatchAssignment, ProposalReplay>(b => b.ReplayAsync(scene.World.Session.Id, default));
        replay.Should().BeEquivalentTo(new { Trained = 3, Replayed = 2, FirstChoice = 2, AmongThree = 2, NoProposal = 0 });

        var earlierSession = (await StoredAsync(scene.Earlier[0])).SessionId!.Value;
        var first = await ServiceAsync<SuggestionBatchAssignment, ProposalReplay>(b => b.ReplayAsync(earlierSession, default));
        first.Trained.Should().Be(0, "nothing came before the first session");
        first.Replayed.Should().Be(3);
        first.NoProposal.Should().Be(3);
    }
}
