using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// 并案 straight from the duplicate check's flag (S63) on the staff details page: the button posts to the merge form's
/// handler with the flagged suggestion's number, so the merge is the same one the form makes.
/// </summary>
public sealed class DetailsDuplicateMergeTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Form = ".duplicate-merge-form";

    /// <summary>A suggestion and a later one of the same lead deputy on the same matter (the check flags the later).</summary>
    private async Task<(TestData.SuggestionWorld World, Suggestion First, Suggestion Repeat)> FlaggedAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var first = await Data.SuggestionAsync(world);
        var repeat = await Data.SuggestionAsync(world, content: "建议简化审批流程，加大财政补贴力度，尽快推开。", withCoSigner: false);
        return (world, first, repeat);
    }

    [Fact]
    public async Task A_flagged_suggestion_is_merged_into_the_one_it_repeats_with_one_button()
    {
        var (world, first, repeat) = await FlaggedAsync();
        var other = await Data.DeputyAsync("王建国", "16009");
        var unrelated = await Data.SuggestionAsync(world with { Lead = other }, withCoSigner: false);
        using var staff = await StaffAsync("李并案");

        var page = await staff.GetDocumentAsync(Details(repeat.Id));
        var flag = page.QuerySelector("#duplicate-of")!;
        flag.Should().NotBeNull("the later suggestion repeats the first one");
        flag.QuerySelectorAll("[data-duplicate-id]").Select(e => e.GetAttribute("data-duplicate-id")).Should().Equal(Id(first.Id));
        flag.QuerySelector("a")!.GetAttribute("href").Should().Be(Details(first.Id));
        flag.TextContent.Should().Contain("同一领衔代表").And.Contain("标题相同");
        flag.QuerySelector($"{Form} button")!.TextContent.Trim().Should().Be($"并入{first.Number}建议");

        // The earlier one is not offered to be merged into the later one, and a suggestion of another deputy is not flagged.
        (await staff.GetDocumentAsync(Details(first.Id))).QuerySelector("#duplicate-of").Should().BeNull();
        (await staff.GetDocumentAsync(Details(unrelated.Id))).QuerySelector("#duplicate-of").Should().BeNull();

        using var response = await PostAsync(staff, page, Form, []);
        ShouldRedirect(response, Details(repeat.Id));

        var merged = await StoredAsync(repeat.Id);
        merged.Status.Should().Be(SuggestionStatus.Merged);
        merged.MergedIntoId.Should().Be(first.Id);
        var mergedInto = merged.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.MergedInto).Subject;
        mergedInto.Detail.Should().Be(first.Number);
        mergedInto.ActorName.Should().Be("李并案");
        var target = await StoredAsync(first.Id);
        target.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.Merged && e.Detail == repeat.Number);
        // The lead deputy is already the target's: nobody is added twice.
        target.Deputies.Should().ContainSingle(d => d.DeputyId == world.Lead.Id);

        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(SuggestionEvent) && (a.EntityKey == Id(mergedInto.Id))).ToListAsync());
        audit.Should().ContainSingle().Which.UserName.Should().StartWith("李并案（staff-");
        (await DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Suggestion) && a.EntityKey == Id(repeat.Id) && a.Action == AuditAction.Updated)))
            .Should().BeTrue();

        var after = await staff.GetDocumentAsync(Details(repeat.Id));
        Text(after, "main").Should().Contain($"已并入建议“{first.Number}”");
        Text(after, "#suggestion-facts").Should().Contain($"已并入{first.Number}");
        after.QuerySelector("#duplicate-of").Should().BeNull("a merged suggestion cannot be merged again");
    }

    [Fact]
    public async Task The_button_gives_the_same_merge_as_the_merge_form()
    {
        var world = await Data.SuggestionWorldAsync();
        var first = await Data.SuggestionAsync(world, withCoSigner: false);
        var repeat = await Data.SuggestionAsync(world, content: "建议简化审批流程，加大财政补贴力度，尽快推开。", withCoSigner: false);
        var otherWorld = world with { Lead = await Data.DeputyAsync("王建国", "16009") };
        var secondFirst = await Data.SuggestionAsync(otherWorld, withCoSigner: false);
        var secondRepeat = await Data.SuggestionAsync(otherWorld, content: "建议简化审批流程，加大财政补贴力度，尽快推开。", withCoSigner: false);
        using var staff = await StaffAsync();

        using (var byButton = await PostAsync(staff, Details(repeat.Id), Form, []))
            ShouldRedirect(byButton, Details(repeat.Id));
        using (var byForm = await PostAsync(staff, Details(secondRepeat.Id), "#form-merge", [("Merge.TargetNumber", secondFirst.Number)]))
            ShouldRedirect(byForm, Details(secondRepeat.Id));

        static object Shape(Suggestion s) => new
        {
            s.Status,
            Events = s.Events.OrderBy(e => e.Id).Select(e => new { e.Kind, e.ActorName }).ToList(),
            Deputies = s.Deputies.OrderBy(d => d.Order).Select(d => d.Role).ToList(),
        };
        var merged = await StoredAsync(repeat.Id);
        merged.MergedIntoId.Should().Be(first.Id);
        Shape(merged).Should().BeEquivalentTo(Shape(await StoredAsync(secondRepeat.Id)), o => o.WithStrictOrdering());
        Shape(await StoredAsync(first.Id)).Should().BeEquivalentTo(Shape(await StoredAsync(secondFirst.Id)), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task No_button_when_the_merge_is_not_allowed()
    {
        var (world, first, repeat) = await FlaggedAsync();
        using var staff = await StaffAsync();

        // The suggestion it repeats became a letter: still flagged, but nothing to merge into.
        await Data.ActAsync(first.Id, (x, _, now) => x.ConvertToLetter("属于个人诉求", Actor.Staff("王同事"), now));
        var page = await staff.GetDocumentAsync(Details(repeat.Id));
        Text(page, "#duplicate-of").Should().Contain(first.Number).And.Contain("不能并入");
        page.QuerySelector(Form).Should().BeNull();

        // A flagged suggestion already being handled cannot be merged: no flag, no button.
        var again = await Data.SuggestionAsync(world, content: "建议简化审批流程，加大财政补贴力度，加快推开。", withCoSigner: false);
        var third = await Data.SuggestionAsync(world, content: "建议简化审批流程，加大财政补贴，尽快推开。", withCoSigner: false);
        await Data.AssignedSuggestionAsync(third.Id, world.Unit.Id);
        var handling = await staff.GetDocumentAsync(Details(third.Id));
        Text(handling, "#status-badge").Should().Be("办理中");
        handling.QuerySelector("#duplicate-of").Should().BeNull();
        handling.QuerySelector(Form).Should().BeNull();
        (await staff.GetDocumentAsync(Details(again.Id))).QuerySelector(Form).Should().NotBeNull("the first repeat still takes a merge");
    }

    [Fact]
    public async Task A_stale_page_gets_the_conflict_message_and_nothing_is_merged()
    {
        var (_, _, repeat) = await FlaggedAsync();
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync(Details(repeat.Id));

        await Data.ActAsync(repeat.Id, (x, _, now) => x.Accept(Actor.Staff("王同事"), now));

        using var response = await PostAsync(staff, stale, Form, []);
        var page = await RefusedAsync(response);
        Text(page, "#form-failed").Should().Contain(SuggestionStore.ActionConflict);
        Text(page, "#status-badge").Should().Be("待交办");
        page.QuerySelector(Form).Should().NotBeNull("an accepted suggestion may still be merged");
        (await StoredAsync(repeat.Id)).Status.Should().Be(SuggestionStatus.Accepted);
    }

    [Fact]
    public async Task Only_staff_may_post_the_merge()
    {
        var (world, _, repeat) = await FlaggedAsync();
        var url = $"{Details(repeat.Id)}?handler=Merge";
        using (var anonymous = AnonymousClient())
        using (var response = await anonymous.Http.PostAsync(url, new FormUrlEncodedContent([])))
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }
        foreach (var role in PortalRole.All.Where(r => r != PortalRole.Staff))
        {
            using var client = role switch
            {
                PortalRole.Deputy => await SignedInClientAsync(role, deputyId: world.Lead.Id),
                PortalRole.HandlingUnit => await SignedInClientAsync(role, unitId: world.Unit.Id),
                _ => await SignedInClientAsync(role),
            };
            using var response = await client.Http.PostAsync(url, new FormUrlEncodedContent([new("Version", "1"), new("Merge.TargetNumber", "x")]));
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, role);
        }
        (await StoredAsync(repeat.Id)).Status.Should().Be(SuggestionStatus.Submitted);
    }
}
