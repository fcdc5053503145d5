using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Account;

/// <summary>Two factors (ADR 0024): enrolment, the second step, recovery codes, the administrator's reset, the audit trail.</summary>
public sealed class LoginWith2faTests(PortalAppFactory app) : WebTest(app)
{
    private const string Enrol = "/Account/TwoFactor/Enrol";
    private const string SecondStep = "/Account/LoginWith2fa";
    private const string CodeField = "Input.Code";

    private static async Task<HttpResponseMessage> PasswordAsync(PortalClient client, string userName) =>
        await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = userName, ["Input.Password"] = Password });

    private static string Code(string key, TimeProvider clock, int offset = 0) => TestTotp.Code(key, clock.GetUtcNow(), offset);

    private Task<int> OpenSessionsAsync(string userId) => DbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId && s.EndedAt == null));

    private Task<List<AuditEntry>> EventsAsync(string userId) =>
        DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == userId && a.EntityType == SignInAudit.EntityType && a.Action != AuditAction.Created && a.Action != AuditAction.Updated)
            .OrderBy(a => a.Id).ToListAsync());

    /// <summary>Signs in with the password of an account still to enrol, and reads the key the enrolment page shows.</summary>
    private async Task<(PortalClient Client, IHtmlDocument Page, string Key)> StartEnrolmentAsync(string userName)
    {
        var client = AnonymousClient();
        using (var password = await PasswordAsync(client, userName))
        {
            password.StatusCode.Should().Be(HttpStatusCode.Redirect);
            password.Headers.Location!.OriginalString.Should().StartWith(Enrol);
        }
        var page = await client.GetDocumentAsync(Enrol);
        var key = page.QuerySelector("#enrol-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return (client, page, key);
    }

    private static async Task<IHtmlDocument> ConfirmAsync(PortalClient client, IHtmlDocument page, string code)
    {
        using var response = await client.SubmitFormAsync(page, new Dictionary<string, string?> { [CodeField] = code });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await PortalClient.ParseAsync(response);
    }

    private static List<string> RecoveryCodes(IHtmlDocument page) =>
        page.QuerySelectorAll("#recovery-code-list code").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task An_administrator_without_an_authenticator_enrols_after_the_password_before_any_session_and_gets_ten_recovery_codes()
    {
        var chief = await CreateUserAsync("chief", [PortalRole.Admin], enrolled: false);
        var (client, page, key) = await StartEnrolmentAsync("chief");
        using var _ = client;

        page.QuerySelector<IHtmlImageElement>("img.enrol-qr")!.Source.Should().StartWith("data:image/png;base64,", "the QR code is drawn by the server, inline");
        key.Should().MatchRegex("^[A-Z2-7]{32}$");
        (await OpenSessionsAsync(chief.Id)).Should().Be(0, "a session begins only once the second factor is in");
        foreach (var url in new[] { "/Admin", "/Admin/Users", "/Audit", "/Staff", "/Account/Workspace", "/Account/TwoFactor" })
        {
            using var blocked = await client.GetAsync(url);
            blocked.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{url} before enrolment");
            blocked.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }

        var wrong = await ConfirmAsync(client, page, Code(key, App.Clock, offset: 5));
        wrong.FieldError(CodeField).Should().Be(TwoFactorAccounts.WrongCode);
        (await OpenSessionsAsync(chief.Id)).Should().Be(0);

        var done = await ConfirmAsync(client, wrong, Code(key, App.Clock));
        var codes = RecoveryCodes(done);
        codes.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        done.QuerySelector("[data-print]").Should().NotBeNull("a print button next to the codes");
        (await OpenSessionsAsync(chief.Id)).Should().Be(1);
        using (var admin = await client.GetAsync("/Admin")) admin.StatusCode.Should().Be(HttpStatusCode.OK);

        var events = (await EventsAsync(chief.Id)).Select(e => e.Action).ToList();
        events.Should().Equal(AuditAction.TwoFactorEnrolled, AuditAction.SignedIn);
        var user = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == chief.Id));
        user.TwoFactorEnabled.Should().BeTrue();
        user.LastSignInAt.Should().Be(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_auditor_reaches_no_page_until_enrolled_and_the_enrolment_step_expires_after_five_minutes()
    {
        await CreateUserAsync("inspector", [PortalRole.Auditor], enrolled: false);
        var (client, page, key) = await StartEnrolmentAsync("inspector");
        using var _ = client;
        foreach (var url in new[] { "/Audit", "/Audit/History", "/Notifications" })
        {
            using var blocked = await client.GetAsync(url);
            blocked.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{url} before enrolment");
        }

        App.Clock.Advance(TimeSpan.FromMinutes(6));
        using var late = await client.SubmitFormAsync(page, new Dictionary<string, string?> { [CodeField] = Code(key, App.Clock) });
        late.StatusCode.Should().Be(HttpStatusCode.Redirect);
        late.Headers.Location!.OriginalString.Should().StartWith("/Account/Login");
        (await DbAsync(db => db.UserSessions.CountAsync())).Should().Be(0);

        // The key was kept: signing in again shows the same one, which the app already holds.
        var (again, _, sameKey) = await StartEnrolmentAsync("inspector");
        using var __ = again;
        sameKey.Should().Be(key);
    }

    [Fact]
    public async Task An_enrolled_administrator_signs_in_with_the_code_and_a_wrong_code_answers_next_to_the_field_and_counts_towards_the_lockout()
    {
        var chief = await CreateUserAsync("chief", [PortalRole.Admin]);
        using var client = AnonymousClient();
        using (var password = await PasswordAsync(client, "chief"))
        {
            password.Headers.Location!.OriginalString.Should().StartWith(SecondStep);
        }
        (await OpenSessionsAsync(chief.Id)).Should().Be(0);
        using (var early = await client.GetAsync("/Admin")) early.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using (var wrong = await client.SubmitFormAsync(SecondStep, new Dictionary<string, string?> { [CodeField] = Code(TestTotp.Key, App.Clock, offset: 3) }))
        {
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = await PortalClient.ParseAsync(wrong);
            page.FieldError(CodeField).Should().Be(TwoFactorAccounts.WrongCode);
            page.QuerySelector<IHtmlInputElement>("#Input_Code")!.Value.Should().Be(Code(TestTotp.Key, App.Clock, offset: 3), "what was typed stays");
        }
        (await DbAsync(db => db.Users.SingleAsync(u => u.Id == chief.Id))).AccessFailedCount.Should().Be(1);

        using (var right = await client.SubmitFormAsync(SecondStep, new Dictionary<string, string?> { [CodeField] = Code(TestTotp.Key, App.Clock) }))
        {
            right.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        using (var admin = await client.GetAsync("/Admin")) admin.StatusCode.Should().Be(HttpStatusCode.OK);
        (await OpenSessionsAsync(chief.Id)).Should().Be(1);
        (await DbAsync(db => db.Users.SingleAsync(u => u.Id == chief.Id))).AccessFailedCount.Should().Be(0);

        var events = await EventsAsync(chief.Id);
        events.Select(e => e.Action).Should().Equal(AuditAction.SignInFailed, AuditAction.SignedIn);
        events[0].Changes.Should().Contain(SignInAudit.WrongCode);
        events[1].Changes.Should().Contain(SignInAudit.ByAuthenticator);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account()
    {
        var chief = await CreateUserAsync("chief", [PortalRole.Admin]);
        using var client = AnonymousClient();
        (await PasswordAsync(client, "chief")).Dispose();
        string? last = null;
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SubmitFormAsync(SecondStep, new Dictionary<string, string?> { [CodeField] = "000000" == Code(TestTotp.Key, App.Clock) ? "111111" : "000000" });
            last = (await PortalClient.ParseAsync(wrong)).FieldError(CodeField);
        }
        last.Should().Be(TwoFactorAccounts.LockedOut);
        using (var right = await client.SubmitFormAsync(SecondStep, new Dictionary<string, string?> { [CodeField] = Code(TestTotp.Key, App.Clock) }))
        {
            (await PortalClient.ParseAsync(right)).FieldError(CodeField).Should().Be(TwoFactorAccounts.LockedOut, "a locked account stays locked, even with the right code");
        }
        (await EventsAsync(chief.Id)).Select(e => e.Action).Should().Contain(AuditAction.LockedOut);
        (await OpenSessionsAsync(chief.Id)).Should().Be(0);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_the_remaining_count_is_shown()
    {
        await CreateUserAsync("chief", [PortalRole.Admin], enrolled: false);
        var (client, page, key) = await StartEnrolmentAsync("chief");
        var codes = RecoveryCodes(await ConfirmAsync(client, page, Code(key, App.Clock)));
        client.Dispose();
        var chiefId = (await DbAsync(db => db.Users.SingleAsync(u => u.UserName == "chief"))).Id;

        using (var first = AnonymousClient())
        {
            (await PasswordAsync(first, "chief")).Dispose();
            var recoveryPage = await first.GetDocumentAsync(SecondStep + "?recovery=true");
            using var used = await first.SubmitFormAsync(recoveryPage, new Dictionary<string, string?> { [CodeField] = codes[0].ToLowerInvariant() });
            used.StatusCode.Should().Be(HttpStatusCode.Redirect, "a recovery code, typed in lower case, signs in");
            var account = await first.GetDocumentAsync("/Account/TwoFactor");
            account.QuerySelector("dl")!.TextContent.Should().Contain("9 个");
        }
        using (var second = AnonymousClient())
        {
            (await PasswordAsync(second, "chief")).Dispose();
            using var again = await second.SubmitFormAsync(SecondStep + "?recovery=true", new Dictionary<string, string?> { [CodeField] = codes[0] });
            again.StatusCode.Should().Be(HttpStatusCode.OK);
            (await PortalClient.ParseAsync(again)).FieldError(CodeField).Should().Be(TwoFactorAccounts.WrongRecoveryCode, "a spent code does not work twice");
        }
        var events = await EventsAsync(chiefId);
        events.Select(e => e.Action).Should().ContainInOrder(AuditAction.SignedIn, AuditAction.RecoveryCodeUsed, AuditAction.SignInFailed);
        events.Single(e => e.Action == AuditAction.RecoveryCodeUsed).Changes.Should().Contain("\"9\"");
        events.Last().Changes.Should().Contain(SignInAudit.WrongRecoveryCode);
    }

    [Fact]
    public async Task Staff_may_enrol_from_the_two_factor_page_then_get_the_second_step_and_may_regenerate_recovery_codes_after_a_code()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
        (await client.GetDocumentAsync("/Account/TwoFactor")).QuerySelector("dl")!.TextContent.Should().Contain("未启用");

        var page = await client.GetDocumentAsync(Enrol);
        var key = page.QuerySelector("#enrol-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var codes = RecoveryCodes(await ConfirmAsync(client, page, Code(key, App.Clock)));
        codes.Should().HaveCount(10);
        using (var still = await client.GetAsync("/Staff")) still.StatusCode.Should().Be(HttpStatusCode.OK, "the session survives the new security stamp");

        var account = await client.GetDocumentAsync("/Account/TwoFactor");
        using (var refused = await client.SubmitFormAsync(account, new Dictionary<string, string?> { [CodeField] = "12345" }))
        {
            (await PortalClient.ParseAsync(refused)).FieldError(CodeField).Should().Be(TwoFactorAccounts.WrongCode);
        }
        using (var regenerated = await client.SubmitFormAsync(account, new Dictionary<string, string?> { [CodeField] = Code(key, App.Clock) }))
        {
            var newCodes = RecoveryCodes(await PortalClient.ParseAsync(regenerated));
            newCodes.Should().HaveCount(10).And.NotIntersectWith(codes);
        }

        using var next = AnonymousClient();
        using (var password = await PasswordAsync(next, "clerk"))
        {
            password.Headers.Location!.OriginalString.Should().StartWith(SecondStep, "enrolled staff get the second step too");
        }
        using (var old = await next.SubmitFormAsync(SecondStep + "?recovery=true", new Dictionary<string, string?> { [CodeField] = codes[0] }))
        {
            (await PortalClient.ParseAsync(old)).FieldError(CodeField).Should().Be(TwoFactorAccounts.WrongRecoveryCode, "regenerating voids the old codes");
        }
        (await EventsAsync(clerk.Id)).Select(e => e.Action).Should().Contain([AuditAction.TwoFactorEnrolled, AuditAction.RecoveryCodesRegenerated]);
    }

    [Fact]
    public async Task Staff_without_an_authenticator_sign_in_with_the_password_alone()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        using var password = await PasswordAsync(client, "clerk");
        password.Headers.Location!.OriginalString.Should().NotContain("TwoFactor").And.NotContain("LoginWith2fa");
    }

    [Fact]
    public async Task Another_administrator_resets_the_second_factor_the_old_cookie_dies_and_the_user_enrols_again()
    {
        var chief = await CreateUserAsync("chief", [PortalRole.Admin]);
        using var chiefClient = AnonymousClient();
        await chiefClient.LoginAsync("chief", Password);
        using var admin = await SignedInClientAsync(PortalRole.Admin, userName: "deputy-chief");

        var edit = await admin.GetDocumentAsync($"/Admin/Users/Edit/{chief.Id}");
        using (var reset = await admin.SubmitFormAsync(edit, new Dictionary<string, string?>(), "#reset-two-factor-form"))
        {
            reset.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        using (var dead = await chiefClient.GetAsync("/Admin"))
        {
            dead.StatusCode.Should().Be(HttpStatusCode.Redirect, "the reset ends the user's sessions");
            dead.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }
        (await OpenSessionsAsync(chief.Id)).Should().Be(0);

        var (client, _, key) = await StartEnrolmentAsync("chief");
        client.Dispose();
        key.Should().NotBe(TestTotp.Key, "a new key");

        var resetEvent = (await EventsAsync(chief.Id)).Single(e => e.Action == AuditAction.TwoFactorReset);
        resetEvent.UserName.Should().Contain("deputy-chief");
    }

    [Fact]
    public async Task An_administrator_cannot_reset_their_own_second_factor()
    {
        var chief = await CreateUserAsync("chief", [PortalRole.Admin]);
        using var client = AnonymousClient();
        await client.LoginAsync("chief", Password);
        var edit = await client.GetDocumentAsync($"/Admin/Users/Edit/{chief.Id}");
        edit.QuerySelector("#reset-two-factor-form").Should().BeNull("no button for one's own account");
        // The handler refuses it too: a form aimed at it by hand, with a valid token.
        edit.QuerySelector("#sign-out-everywhere-form")!.SetAttribute("action", $"/Admin/Users/Edit/{chief.Id}?handler=ResetTwoFactor");
        using (var forged = await client.PostFormAsync(edit, "#sign-out-everywhere-form", []))
        {
            forged.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var after = await client.GetDocumentAsync($"/Admin/Users/Edit/{chief.Id}");
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain("不能重置自己的两步验证");
        (await DbAsync(db => db.Users.SingleAsync(u => u.Id == chief.Id))).TwoFactorEnabled.Should().BeTrue();
    }

    [Fact]
    public async Task The_authenticator_key_and_the_recovery_codes_never_reach_the_audit_log()
    {
        await CreateUserAsync("chief", [PortalRole.Admin], enrolled: false);
        var (client, page, key) = await StartEnrolmentAsync("chief");
        var codes = RecoveryCodes(await ConfirmAsync(client, page, Code(key, App.Clock)));
        client.Dispose();
        using (var recovery = AnonymousClient())
        {
            (await PasswordAsync(recovery, "chief")).Dispose();
            (await recovery.SubmitFormAsync(SecondStep + "?recovery=true", new Dictionary<string, string?> { [CodeField] = codes[1] })).Dispose();
        }

        var rows = await DbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        rows.Should().NotBeEmpty();
        var text = string.Join("\n", rows.Select(r => $"{r.EntityType} {r.EntityKey} {r.Changes}"));
        foreach (var secret in new[] { key, key.ToLowerInvariant() }.Concat(codes))
        {
            text.Should().NotContain(secret);
        }
        rows.Should().NotContain(r => r.EntityType.Contains("Token"), "token rows are never logged");
        var stored = await DbAsync(db => db.UserTokens.AsNoTracking().SingleAsync(t => t.Name == "RecoveryCodes"));
        foreach (var code in codes) stored.Value.Should().NotContain(code, "recovery codes are stored hashed");
    }
}
