using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Notifications;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>催办 by hand on the staff suggestion page (issue 15, part D): the unit's people are notified, the timeline records it.</summary>
public sealed class DetailsRemindTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    [Fact]
    public async Task Staff_urge_an_assigned_unit_which_is_notified_and_the_timeline_shows_it()
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.AssignedSuggestionAsync((await Data.SuggestionAsync(world)).Id, world.Unit.Id);
        var unitUser = await CreateUserAsync("unit-urged", [PortalRole.HandlingUnit], unitId: world.Unit.Id);
        var otherUnitUser = await CreateUserAsync("unit-other", [PortalRole.HandlingUnit], unitId: world.OtherUnit.Id);
        using var staff = await StaffAsync("王督办");
        var part = s.Assignments.Single();

        using var response = await PostAsync(staff, Details(s.Id), $"#form-remind-{part.Id}", [("Remind.Message", "请于本周内报送答复意见。")]);

        ShouldRedirect(response, Details(s.Id));
        var stored = await StoredAsync(s.Id);
        var urged = stored.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.Reminded).Subject;
        urged.Detail.Should().Be("请于本周内报送答复意见。");
        urged.UnitId.Should().Be(world.Unit.Id);
        urged.ActorName.Should().Be("王督办");
        var messages = await DbAsync(db => db.Notifications.AsNoTracking().ToListAsync());
        var message = messages.Should().ContainSingle().Subject;
        message.RecipientId.Should().Be(unitUser.Id);
        message.Kind.Should().Be(NotificationKind.Urged);
        message.Body.Should().Contain("请于本周内报送答复意见。");
        messages.Should().NotContain(m => m.RecipientId == otherUnitUser.Id);
        Text(await staff.GetDocumentAsync(Details(s.Id)), "main").Should().Contain("催办").And.Contain("请于本周内报送答复意见。");

        using var unit = AnonymousClient();
        await unit.LoginAsync("unit-urged", Password);
        var inbox = await unit.GetDocumentAsync("/Notifications");
        inbox.QuerySelector("#notifications h2 a")!.GetAttribute("href").Should().Be($"/Unit/Suggestions/Details/{s.Id}");
    }

    [Fact]
    public async Task An_empty_message_is_refused_at_its_field_and_nothing_is_sent()
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.AssignedSuggestionAsync((await Data.SuggestionAsync(world)).Id, world.Unit.Id);
        using var staff = await StaffAsync();
        var part = s.Assignments.Single();

        using var response = await PostAsync(staff, Details(s.Id), $"#form-remind-{part.Id}", [("Remind.Message", "")]);

        var page = await RefusedAsync(response);
        page.FieldError("Remind.Message").Should().Be("请填写催办内容");
        (await DbAsync(db => db.Notifications.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_unit_that_has_replied_cannot_be_urged()
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.AssignedSuggestionAsync((await Data.SuggestionAsync(world)).Id, world.Unit.Id);
        await Data.ActAsync(s.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ChinaTime.Today(now), letter()), UnitActor(world.Unit.Id), now, rules));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Details(s.Id));

        page.QuerySelector($"#form-remind-{s.Assignments.Single().Id}").Should().BeNull();
    }
}
