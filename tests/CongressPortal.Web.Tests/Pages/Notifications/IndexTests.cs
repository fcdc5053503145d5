using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Notifications;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Notifications;

/// <summary>消息中心 (/Notifications): each person sees their own messages, unread first; one or all marked read; the header counts the unread.</summary>
public sealed class IndexTests(PortalAppFactory app) : NotificationTest(app)
{
    private async Task<int> MessageAsync(string userId, string audience, string title, int? suggestionId = null, bool read = false)
    {
        return await DbAsync(async db =>
        {
            var reminder = new Reminder($"test:{Guid.NewGuid():N}", NotificationKind.Urged, suggestionId, null, title, $"{title}的内容", App.Clock.GetUtcNow());
            var notification = new Notification(userId, audience, reminder);
            if (read) notification.MarkRead(App.Clock.GetUtcNow());
            db.Reminders.Add(reminder);
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            return notification.Id;
        });
    }

    [Theory]
    [InlineData(PortalRole.Staff)]
    [InlineData(PortalRole.HandlingUnit)]
    [InlineData(PortalRole.Deputy)]
    [InlineData(PortalRole.Admin)]
    [InlineData(PortalRole.Auditor)]
    public async Task Each_role_sees_only_its_own_messages_unread_first(string role)
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.SuggestionAsync(world);
        var userName = $"me-{Guid.NewGuid():N}"[..20];
        var me = await CreateUserAsync(userName, [role], role == PortalRole.Deputy ? world.Lead.Id : null, role == PortalRole.HandlingUnit ? world.Unit.Id : null);
        var other = await CreateUserAsync("someone-else", [role]);
        await MessageAsync(me.Id, role, "较早已读的消息", read: true);
        await MessageAsync(me.Id, role, "关于建议的消息", s.Id);
        await MessageAsync(other.Id, role, "别人的消息");
        using var client = AnonymousClient();
        await client.LoginAsync(userName, Password);

        var page = await client.GetDocumentAsync("/Notifications");

        var items = page.QuerySelectorAll("#notifications [data-notification]");
        items.Select(i => System.Text.RegularExpressions.Regex.Replace(i.QuerySelector("h2")!.TextContent.Trim(), @"\s+", " ")).Should().Equal("未读 关于建议的消息", "较早已读的消息");
        var link = items[0].QuerySelector("h2 a")!.GetAttribute("href");
        link.Should().Be(role switch
        {
            PortalRole.HandlingUnit => $"/Unit/Suggestions/Details/{s.Id}",
            PortalRole.Deputy => $"/Deputy/Suggestions/Details/{s.Id}",
            _ => $"/Staff/Suggestions/Details/{s.Id}",
        });
        page.QuerySelector("main")!.TextContent.Should().NotContain("别人的消息");
    }

    [Fact]
    public async Task A_message_is_marked_read_and_the_header_count_drops()
    {
        var userName = "unit-reader";
        var unit = await Data.UnitAsync();
        var me = await CreateUserAsync(userName, [PortalRole.HandlingUnit], unitId: unit.Id);
        var first = await MessageAsync(me.Id, PortalRole.HandlingUnit, "第一条");
        await MessageAsync(me.Id, PortalRole.HandlingUnit, "第二条");
        using var client = AnonymousClient();
        await client.LoginAsync(userName, Password);

        var page = await client.GetDocumentAsync("/Notifications");
        page.QuerySelector("header [data-todo='notifications']")!.GetAttribute("aria-label").Should().Be("消息 2 条");
        using (var read = await client.PostFormAsync(page, $"[data-notification='{first}'] form", []))
        {
            read.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        page = await client.GetDocumentAsync("/Notifications");
        page.QuerySelector("header [data-todo='notifications']")!.GetAttribute("aria-label").Should().Be("消息 1 条");
        page.QuerySelector($"[data-notification='{first}']")!.ClassName.Should().Contain("notification-read");

        using (var all = await client.PostFormAsync(page, "#form-read-all", []))
        {
            all.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        page = await client.GetDocumentAsync("/Notifications");
        page.QuerySelector("header [data-todo='notifications']")!.GetAttribute("aria-label").Should().Be("消息 0 条");
        (await DbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null))).Should().Be(0);
    }

    [Fact]
    public async Task Another_persons_message_cannot_be_marked_read()
    {
        var other = await CreateUserAsync("other-staff", [PortalRole.Staff]);
        var theirs = await MessageAsync(other.Id, PortalRole.Staff, "别人的消息");
        await MessageAsync((await CreateUserAsync("me-staff", [PortalRole.Staff])).Id, PortalRole.Staff, "我的消息");
        using var client = AnonymousClient();
        await client.LoginAsync("me-staff", Password);
        var page = await client.GetDocumentAsync("/Notifications");
        page.QuerySelector("[data-notification] form input[name='id']")!.SetAttribute("value", theirs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var response = await client.PostFormAsync(page, "[data-notification] form", []);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DbAsync(db => db.Notifications.SingleAsync(n => n.Id == theirs))).ReadAt.Should().BeNull();
    }
}
