using System.Net;
using System.Text.Json;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Audit;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>Sign-ins and sign-outs are events in the audit log, not edits of the account Identity's bookkeeping saves.</summary>
public sealed class SignInAuditTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly string[] Noise = ["SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "LockoutEnd", "LastSignInAt", "PasswordHash"];

    private static Dictionary<string, string?> Credentials(string user, string password) => new()
    {
        ["Input.UserName"] = user,
        ["Input.Password"] = password,
    };

    private static string? Reason(AuditEntry entry) =>
        JsonDocument.Parse(entry.Changes).RootElement.TryGetProperty(SignInAudit.ReasonField, out var reason) ? reason.GetProperty("New").GetString() : null;

    private Task<long> LastIdAsync() => DbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)).ContinueWith(t => t.Result ?? 0);

    private Task<List<AuditEntry>> EntriesAfterAsync(long id) =>
        DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > id).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_sign_in_is_one_sign_in_event_with_the_user_name_and_IP_and_no_account_edit()
    {
        await using var host = ClientAddress.Host(App);
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff], displayName: "工作人员 王晓燕");
        var before = await LastIdAsync();
        using var client = ClientAddress.Client(host);

        await client.LoginAsync("clerk", Password);

        var entry = (await EntriesAfterAsync(before)).Should().ContainSingle("one event, and no edit of the account").Subject;
        entry.Action.Should().Be(AuditAction.SignedIn);
        entry.EntityType.Should().Be("AppUser");
        entry.EntityKey.Should().Be(clerk.Id);
        entry.UserId.Should().Be(clerk.Id);
        entry.UserName.Should().Be("工作人员 王晓燕（clerk）");
        entry.IpAddress.Should().Be(ClientAddress.Ip);
        entry.At.Should().Be(TestClock.Start);
        foreach (var field in Noise) entry.Changes.Should().NotContain(field);
        (await DbAsync(db => db.Users.Where(u => u.Id == clerk.Id).Select(u => u.LastSignInAt).SingleAsync()))
            .Should().Be(TestClock.Start, "the account still knows when it last signed in");
    }

    [Fact]
    public async Task A_wrong_password_is_a_failed_sign_in_event_and_the_failed_count_is_no_account_edit()
    {
        await using var host = ClientAddress.Host(App);
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        var before = await LastIdAsync();
        using var client = ClientAddress.Client(host);

        using var response = await client.SubmitFormAsync("/Account/Login", Credentials("clerk", "wrong-password-1A"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = (await EntriesAfterAsync(before)).Should().ContainSingle().Subject;
        entry.Action.Should().Be(AuditAction.SignInFailed);
        entry.EntityKey.Should().Be(clerk.Id);
        entry.UserName.Should().Be("clerk");
        entry.IpAddress.Should().Be(ClientAddress.Ip);
        Reason(entry).Should().Be(SignInAudit.WrongPassword);
        foreach (var field in Noise) entry.Changes.Should().NotContain(field);
        (await DbAsync(db => db.Users.Where(u => u.Id == clerk.Id).Select(u => u.AccessFailedCount).SingleAsync())).Should().Be(1);
    }

    [Fact]
    public async Task An_unknown_user_name_is_a_failed_sign_in_by_an_anonymous_visitor_with_the_name_tried()
    {
        var before = await LastIdAsync();
        using var client = AnonymousClient();

        (await client.SubmitFormAsync("/Account/Login", Credentials("nobody", "wrong-password-1A"))).Dispose();

        var entry = (await EntriesAfterAsync(before)).Should().ContainSingle().Subject;
        entry.Action.Should().Be(AuditAction.SignInFailed);
        entry.UserId.Should().BeNull();
        entry.UserName.Should().Be(HttpAuditActor.Anonymous);
        entry.EntityKey.Should().BeEmpty();
        Reason(entry).Should().Be(SignInAudit.UnknownUser);
        JsonDocument.Parse(entry.Changes).RootElement.GetProperty(SignInAudit.AttemptedNameField).GetProperty("New").GetString().Should().Be("nobody");
    }

    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account_as_an_event_and_later_tries_fail_as_locked()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        var before = await LastIdAsync();
        using var client = AnonymousClient();

        for (var i = 0; i < 5; i++) (await client.SubmitFormAsync("/Account/Login", Credentials("clerk", "wrong-password-1A"))).Dispose();
        (await client.SubmitFormAsync("/Account/Login", Credentials("clerk", Password))).Dispose();

        var entries = await EntriesAfterAsync(before);
        entries.Select(e => e.Action).Should().Equal(
            AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed,
            AuditAction.LockedOut, AuditAction.SignInFailed);
        Reason(entries[4]).Should().Be(SignInAudit.LockedNow);
        Reason(entries[5]).Should().Be(SignInAudit.StillLockedOut);
        entries.Should().AllSatisfy(e => e.EntityKey.Should().Be(clerk.Id))
            .And.AllSatisfy(e => e.Changes.Should().NotContain("LockoutEnd").And.NotContain("AccessFailedCount"));
    }

    [Fact]
    public async Task Signing_out_is_a_sign_out_event_of_the_signed_in_user()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff], displayName: "工作人员 王晓燕");
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
        var before = await LastIdAsync();

        using var response = await client.SubmitFormAsync("/Account/Logout", new Dictionary<string, string?>());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var entry = (await EntriesAfterAsync(before)).Should().ContainSingle().Subject;
        entry.Action.Should().Be(AuditAction.SignedOut);
        entry.EntityKey.Should().Be(clerk.Id);
        entry.UserName.Should().Be("工作人员 王晓燕（clerk）");
    }
}
