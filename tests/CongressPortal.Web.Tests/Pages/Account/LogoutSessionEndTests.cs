using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CongressPortal.Web.Tests.Pages.Account;

/// <summary>A session cookie copied before logout, a password change, disabling or 全部下线 opens nothing afterwards (ADR 0022).</summary>
public sealed class LogoutSessionEndTests(PortalAppFactory app) : WebTest(app)
{
    private sealed record Session(PortalClient Client, string Cookie) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    /// <summary>Signs in through the form and keeps the session cookie as an attacker who copied it would.</summary>
    private async Task<Session> SignInAsync(string userName)
    {
        var client = AnonymousClient();
        using var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith(".CongressPortal.Session", StringComparison.Ordinal))
            .ToList();
        cookie.Should().NotBeEmpty();
        return new Session(client, string.Join("; ", cookie));
    }

    /// <summary>A request carrying only the copied cookie, from a client that keeps no cookies of its own.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string url)
    {
        using var replay = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await replay.SendAsync(request);
    }

    private async Task ShouldOpenAsync(string cookie, string url)
    {
        using var response = await ReplayAsync(cookie, url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the cookie still opens {url}");
    }

    private async Task ShouldBeSentToLoginAsync(string cookie, string url)
    {
        using var response = await ReplayAsync(cookie, url);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"the ended session must not open {url}");
        response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task A_cookie_copied_before_logout_is_sent_to_the_login_page_afterwards()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var session = await SignInAsync("clerk");
        await ShouldOpenAsync(session.Cookie, "/Staff");

        using (var logout = await session.Client.SubmitFormAsync("/Account/Logout", new Dictionary<string, string?>()))
        {
            logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await ShouldBeSentToLoginAsync(session.Cookie, "/Staff");
        var ended = await DbAsync(db => db.UserSessions.SingleAsync());
        ended.EndReason.Should().Be(SessionEndReason.SignedOut);
        ended.EndedAt.Should().Be(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Logging_out_in_one_browser_leaves_the_other_browser_signed_in()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var office = await SignInAsync("clerk");
        using var phone = await SignInAsync("clerk");
        (await office.Client.SubmitFormAsync("/Account/Logout", new Dictionary<string, string?>())).Dispose();

        await ShouldBeSentToLoginAsync(office.Cookie, "/Staff");
        await ShouldOpenAsync(phone.Cookie, "/Staff");
    }

    [Fact]
    public async Task A_password_change_ends_every_earlier_cookie_of_the_account_and_keeps_the_changing_browser_signed_in()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var office = await SignInAsync("clerk");
        using var phone = await SignInAsync("clerk");

        using (var change = await office.Client.SubmitFormAsync("/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "Fresh#Portal-2026",
            ["Input.ConfirmPassword"] = "Fresh#Portal-2026",
        }))
        {
            change.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await ShouldBeSentToLoginAsync(office.Cookie, "/Staff");
        await ShouldBeSentToLoginAsync(phone.Cookie, "/Staff");
        // The browser that changed the password goes on, in a new session.
        (await office.Client.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.OK);
        var sessions = await DbAsync(db => db.UserSessions.OrderBy(s => s.EndedAt == null).ToListAsync());
        sessions.Select(s => s.EndReason).Should().Equal(SessionEndReason.PasswordChanged, SessionEndReason.PasswordChanged, null);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_at_once()
    {
        var user = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var session = await SignInAsync("clerk");
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        using (var disable = await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", new Dictionary<string, string?>(), "#disable-form"))
        {
            disable.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        // No clock moved: not the security stamp a minute later, the session row now.
        await ShouldBeSentToLoginAsync(session.Cookie, "/Staff");
        (await DbAsync(db => db.UserSessions.SingleAsync(s => s.UserId == user.Id))).EndReason.Should().Be(SessionEndReason.AccountDisabled);
    }

    [Fact]
    public async Task An_administrator_signs_an_account_out_everywhere_and_the_change_is_in_the_audit_log()
    {
        var user = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var office = await SignInAsync("clerk");
        using var phone = await SignInAsync("clerk");
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var page = await admin.GetDocumentAsync($"/Admin/Users/Edit/{user.Id}");
        page.QuerySelector("dl")!.TextContent.Should().Contain("2 个");

        using (var everywhere = await admin.SubmitFormAsync(page, new Dictionary<string, string?>(), "#sign-out-everywhere-form"))
        {
            everywhere.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await ShouldBeSentToLoginAsync(office.Cookie, "/Staff");
        await ShouldBeSentToLoginAsync(phone.Cookie, "/Staff");
        // The account itself still works: signing in again opens a new session.
        using var again = await SignInAsync("clerk");
        await ShouldOpenAsync(again.Cookie, "/Staff");
        var rows = await DbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(UserSession)).Select(a => new { a.UserName, a.Changes }).ToListAsync());
        rows.Where(a => a.Changes.Contains(nameof(SessionEndReason.SignedOutEverywhere), StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(a => a.UserName.StartsWith("admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_ended_on_another_node_is_refused_here_as_soon_as_its_notification_arrives()
    {
        var user = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var session = await SignInAsync("clerk");
        await ShouldOpenAsync(session.Cookie, "/Staff");
        await App.Services.GetRequiredService<CacheInvalidationListener>().Listening;

        // Another node ends the session: its row changes and it notifies on the shared channel. This node had the session
        // in memory as open, so only the notification can tell it.
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var end = new NpgsqlCommand("UPDATE user_sessions SET ended_at = now(), end_reason = 'SignedOutEverywhere'; SELECT pg_notify(@channel, @payload)", connection);
            end.Parameters.AddWithValue("channel", PublicPageCache.Channel);
            end.Parameters.AddWithValue("payload", SessionCache.Payload(user.Id));
            await end.ExecuteNonQueryAsync();
        }

        var refused = false;
        for (var attempt = 0; attempt < 50 && !refused; attempt++)
        {
            using var response = await ReplayAsync(session.Cookie, "/Staff");
            refused = response.StatusCode == HttpStatusCode.Redirect;
            if (!refused) await Task.Delay(100);
        }
        refused.Should().BeTrue("the notification reaches this node within seconds, long before the 30-second memory runs out");
    }

    [Fact]
    public async Task An_open_session_is_remembered_so_a_row_changed_without_notification_is_seen_only_after_the_memory_lifetime()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var session = await SignInAsync("clerk");
        await ShouldOpenAsync(session.Cookie, "/Staff");
        await DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE user_sessions SET ended_at = now()"));

        // Remembered: no query per request.
        await ShouldOpenAsync(session.Cookie, "/Staff");
        // Forgotten (what a reconnecting listener does): read again, and refused.
        App.Services.GetRequiredService<SessionCache>().Clear();
        await ShouldBeSentToLoginAsync(session.Cookie, "/Staff");
    }
}
