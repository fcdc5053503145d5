using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Account;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Account;

public sealed class LoginTests(PortalAppFactory app) : WebTest(app)
{
    private static Dictionary<string, string?> Credentials(string user, string password) => new()
    {
        ["Input.UserName"] = user,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Staff_signs_in_through_the_form_and_lands_on_the_staff_desk()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        using var login = await client.SubmitFormAsync("/Account/Login", Credentials("clerk", Password));
        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.Headers.Location!.OriginalString.Should().Be("/Account/Workspace");
        using var workspace = await client.GetAsync("/Account/Workspace");
        workspace.Headers.Location!.OriginalString.Should().Be("/Staff");
        using var desk = await client.GetAsync("/Staff");
        desk.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_Chinese_message_and_keeps_the_user_name()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        using var response = await client.SubmitFormAsync("/Account/Login", Credentials("clerk", "wrong-password-1A"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.Summary().Should().Contain(LoginModel.Handler.WrongCredentials);
        page.QuerySelector("#Input_UserName")!.GetAttribute("value").Should().Be("clerk");
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_each_field()
    {
        using var client = AnonymousClient();
        using var response = await client.SubmitFormAsync("/Account/Login", Credentials("", ""));
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.UserName").Should().Be("请输入用户名");
        page.FieldError("Input.Password").Should().Be("请输入密码");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_thirty_minutes_so_even_the_right_password_is_refused()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        for (var i = 0; i < 5; i++) (await client.SubmitFormAsync("/Account/Login", Credentials("clerk", "wrong-password-1A"))).Dispose();

        using var locked = await client.SubmitFormAsync("/Account/Login", Credentials("clerk", Password));
        (await PortalClient.ParseAsync(locked)).Summary().Should().Contain(LoginModel.Handler.LockedOut);
        var lockoutEnd = await DbAsync(db => db.Users.Where(u => u.UserName == "clerk").Select(u => u.LockoutEnd).SingleAsync());
        // Identity's UserManager reckons lockout with the system clock, not the injected TimeProvider.
        lockoutEnd.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var user = await CreateUserAsync("clerk", [PortalRole.Staff]);
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users =>
        {
            var stored = await users.FindByIdAsync(user.Id);
            stored!.IsDisabled = true;
            return await users.UpdateAsync(stored);
        });
        using var client = AnonymousClient();
        using var response = await client.SubmitFormAsync("/Account/Login", Credentials("clerk", Password));
        (await PortalClient.ParseAsync(response)).Summary().Should().Contain(LoginModel.Handler.Disabled);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_open_session_at_the_next_security_stamp_check()
    {
        var user = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
        (await client.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.OK);

        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users =>
        {
            var stored = await users.FindByIdAsync(user.Id);
            stored!.IsDisabled = true;
            await users.UpdateAsync(stored);
            return await users.UpdateSecurityStampAsync(stored);
        });
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        using var after = await client.GetAsync("/Staff");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.Should().StartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task A_session_ends_after_eight_hours_however_active()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
        // A request every 25 minutes keeps the session alive (sliding), up to 7 h 55 min…
        for (var step = 1; step <= 19; step++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(25));
            (await client.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.OK, $"the session is still active after {step * 25} minutes");
        }
        // …but not past eight hours.
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        using var response = await client.GetAsync("/Staff");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync("/Staff");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Deputy_and_unit_links_become_claims_that_scope_the_desk()
    {
        var deputy = await Data.DeputyAsync("王秀英");
        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: deputy.Id);
        var html = await (await client.GetAsync("/Deputy")).Content.ReadAsStringAsync();
        html.Should().Contain("王秀英");
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        var document = await client.GetDocumentAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        using var response = await client.SubmitFormAsync(document, Credentials("clerk", Password));
        response.Headers.Location!.OriginalString.Should().Be("/Account/Workspace");
    }
}
