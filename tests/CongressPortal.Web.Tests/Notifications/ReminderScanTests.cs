using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Notifications;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Notifications;

/// <summary>The reminders computed from the records: who gets which message, once, and the suggestion's timeline.</summary>
public sealed class ReminderScanTests(PortalAppFactory app) : NotificationTest(app)
{
    private async Task<(TestData.SuggestionWorld World, Suggestion Suggestion)> AssignedAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.SuggestionAsync(world);
        return (world, await Data.AssignedSuggestionAsync(s.Id, world.Unit.Id));
    }

    private Task<Suggestion> StoredAsync(int id) =>
        DbAsync(db => SuggestionStore.WithEverything(db.Suggestions.AsNoTracking()).SingleAsync(s => s.Id == id));

    [Fact]
    public async Task A_unit_is_told_ten_working_days_before_its_reply_is_due_and_a_second_run_writes_nothing()
    {
        var (world, s) = await AssignedAsync();
        var unitUser = await UserWithEmailAsync("unit-user", PortalRole.HandlingUnit, unitId: world.Unit.Id);
        var otherUnitUser = await UserWithEmailAsync("other-unit", PortalRole.HandlingUnit, unitId: world.OtherUnit.Id);
        s.DueOn.Should().Be(new DateOnly(2026, 6, 2));

        App.Clock.Set(Beijing(2026, 5, 15)); // 11 working days ahead: not yet
        (await ScanAsync()).Should().Be(0);

        App.Clock.Set(Beijing(2026, 5, 19)); // 10 working days ahead (5-20 … 6-2)
        (await ScanAsync()).Should().Be(1);
        (await ScanAsync()).Should().Be(0, "each reminder is written once");

        var messages = await NotificationsOfAsync(unitUser);
        messages.Should().ContainSingle().Which.Kind.Should().Be(NotificationKind.UnitDueSoon);
        messages[0].Title.Should().Contain(s.Number).And.Contain("2026年6月2日");
        messages[0].SuggestionId.Should().Be(s.Id);
        (await NotificationsOfAsync(otherUnitUser)).Should().BeEmpty();
        (await OutboxAsync()).Should().BeEmpty("without SMTP the portal notifies in the app only");
        var stored = await StoredAsync(s.Id);
        stored.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.ReminderIssued)
            .Which.Detail.Should().StartWith("提醒承办单位：").And.Contain(s.Number);
        stored.Version.Should().Be(s.Version, "a reminder on the timeline does not make open pages stale");
    }

    [Fact]
    public async Task An_overdue_reply_reaches_the_unit_and_every_staff_member()
    {
        var (world, s) = await AssignedAsync();
        var unitUser = await UserWithEmailAsync("unit-user", PortalRole.HandlingUnit, unitId: world.Unit.Id);
        var staffA = await UserWithEmailAsync("staff-a", PortalRole.Staff);
        var staffB = await UserWithEmailAsync("staff-b", PortalRole.Staff);
        var deputy = await UserWithEmailAsync("deputy", PortalRole.Deputy, deputyId: world.Lead.Id);

        App.Clock.Set(Beijing(2026, 6, 3));
        await ScanAsync();
        await ScanAsync();

        (await NotificationsOfAsync(unitUser)).Select(n => n.Kind).Should().Equal(NotificationKind.UnitOverdue);
        (await NotificationsOfAsync(staffA)).Select(n => n.Kind).Should().Equal(NotificationKind.UnitOverdueForStaff);
        (await NotificationsOfAsync(staffB)).Select(n => n.Kind).Should().Equal(NotificationKind.UnitOverdueForStaff);
        (await NotificationsOfAsync(staffA))[0].Title.Should().Contain(world.Unit.Name);
        (await NotificationsOfAsync(deputy)).Should().BeEmpty();
        (await StoredAsync(s.Id)).Events.Count(e => e.Kind == SuggestionEventKind.ReminderIssued).Should().Be(2, "one for the unit, one for staff");
    }

    [Fact]
    public async Task A_co_unit_hears_when_its_opinion_is_due_and_when_it_is_late()
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.SuggestionAsync(world);
        await Data.ActAsync(s.Id, (x, rules, now) =>
        {
            x.Accept(Actor.Staff("测试工作人员"), now);
            x.Assign(HandlingMode.Joint, [world.Unit.Id, world.OtherUnit.Id], world.Unit.Id, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
        });
        var coUser = await UserWithEmailAsync("co-unit", PortalRole.HandlingUnit, unitId: world.OtherUnit.Id);
        var due = (await StoredAsync(s.Id)).Assignments.Single(a => a.UnitId == world.OtherUnit.Id).DueOn;

        App.Clock.Set(new DateTimeOffset(due.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await ScanAsync();
        App.Clock.Set(new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await ScanAsync();

        (await NotificationsOfAsync(coUser)).Select(n => n.Kind).Should().Equal(NotificationKind.CoOpinionDueSoon, NotificationKind.CoOpinionLate);
    }

    [Fact]
    public async Task A_unit_hears_that_its_extension_was_answered()
    {
        var (world, s) = await AssignedAsync();
        var unitUser = await UserWithEmailAsync("unit-user", PortalRole.HandlingUnit, unitId: world.Unit.Id);
        await Data.ActAsync(s.Id, (x, _, now) => x.RequestExtension("涉及多个部门", Unit(world.Unit.Id), now));
        await Data.ActAsync(s.Id, (x, rules, now) => x.ApproveExtension(x.Assignments.Single().Id, "同意", Actor.Staff("测试工作人员"), now, rules));

        await ScanAsync();
        await ScanAsync();

        var message = (await NotificationsOfAsync(unitUser)).Should().ContainSingle().Subject;
        message.Kind.Should().Be(NotificationKind.ExtensionAnswered);
        message.Title.Should().Contain("延期申请已同意");
    }

    [Fact]
    public async Task The_lead_deputy_hears_of_a_reply_to_rate_and_gets_a_reminder_before_the_window_ends()
    {
        var (world, s) = await AssignedAsync();
        var lead = await UserWithEmailAsync("lead", PortalRole.Deputy, deputyId: world.Lead.Id);
        var coSigner = await UserWithEmailAsync("co-signer", PortalRole.Deputy, deputyId: world.CoSigner.Id);
        await Data.ActAsync(s.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ChinaTime.Today(now), letter()), Unit(world.Unit.Id), now, rules));
        var ratingDue = (await StoredAsync(s.Id)).Assignments.Single().LatestReply!.RatingDueOn;

        await ScanAsync();
        (await NotificationsOfAsync(lead)).Select(n => n.Kind).Should().Equal(NotificationKind.ReplyToRate);

        App.Clock.Set(new DateTimeOffset(ratingDue.AddDays(-3).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await ScanAsync();
        await ScanAsync();
        var messages = await NotificationsOfAsync(lead);
        messages.Select(n => n.Kind).Should().Equal(NotificationKind.ReplyToRate, NotificationKind.RatingReminder);
        messages[1].Body.Should().Contain("不计入满意率");
        (await NotificationsOfAsync(coSigner)).Should().BeEmpty("only the lead deputy rates");
    }

    [Fact]
    public async Task Staff_hear_of_a_between_session_suggestion_waiting_for_assignment_beyond_five_working_days()
    {
        var world = await Data.SuggestionWorldAsync();
        var staff = await UserWithEmailAsync("staff", PortalRole.Staff);
        var registered = await ServiceAsync<SuggestionRegistrar, Suggestion>(async registrar =>
        {
            var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, world.Lead.Id, [], "关于增设公交站点的建议", "建议在青山路增设公交站点。",
                world.Category.Id, new DateOnly(2026, 3, 2));
            var result = await registrar.RegisterAsync([draft], Actor.Staff("测试工作人员"), null, null, default);
            return result.Value![0];
        });
        await Data.ActAsync(registered.Id, (x, _, now) => x.Accept(Actor.Staff("测试工作人员"), now));

        App.Clock.Set(Beijing(2026, 3, 9)); // the fifth working day after receipt: still in time
        (await ScanAsync()).Should().Be(0);
        App.Clock.Set(Beijing(2026, 3, 10));
        await ScanAsync();

        var message = (await NotificationsOfAsync(staff)).Should().ContainSingle().Subject;
        message.Kind.Should().Be(NotificationKind.AwaitingAssignment);
        message.Body.Should().Contain("2026年3月9日前交办");
    }

    [Fact]
    public async Task Disabled_accounts_get_nothing()
    {
        var (world, _) = await AssignedAsync();
        var unitUser = await UserWithEmailAsync("unit-user", PortalRole.HandlingUnit, unitId: world.Unit.Id);
        await DbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == unitUser)).IsDisabled = true;
            await db.SaveChangesAsync();
        });
        App.Clock.Set(Beijing(2026, 6, 3));
        await ScanAsync();
        (await NotificationsOfAsync(unitUser)).Should().BeEmpty();
    }
}
