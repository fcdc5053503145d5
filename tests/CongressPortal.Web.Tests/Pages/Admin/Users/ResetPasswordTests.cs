using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Pages.Account;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Admin.Users;

public sealed class ResetPasswordTests(PortalAppFactory app) : WebTest(app)
{
    private const string Temporary = "Linshi-Mima-2026";

    private static Dictionary<string, string?> Passwords(string password) => new()
    {
        ["Input.NewPassword"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task After_a_reset_the_new_password_works_and_the_old_one_does_not()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync($"/Admin/Users/ResetPassword/{clerk.Id}", Passwords(Temporary));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector(".alert-success")!.TextContent.Should().Contain("已为账号“clerk”设置新的临时密码");
        using var oldPassword = AnonymousClient();
        using var refused = await oldPassword.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = "clerk", ["Input.Password"] = Password });
        (await PortalClient.ParseAsync(refused)).Summary().Should().Contain(LoginModel.Handler.WrongCredentials);
        using var newPassword = AnonymousClient();
        await newPassword.LoginAsync("clerk", Temporary);
    }

    [Fact]
    public async Task A_reset_ends_the_accounts_open_session()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var clerkSession = AnonymousClient();
        await clerkSession.LoginAsync("clerk", Password);
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        (await admin.SubmitFormAsync($"/Admin/Users/ResetPassword/{clerk.Id}", Passwords(Temporary))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        (await clerkSession.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("short-1A", "密码至少需要12个字符。")]
    [InlineData("P@ssw0rd123", "密码至少需要12个字符。")]
    [InlineData("Admin@123456", "该密码过于常见，容易被猜中，请换一个。")]
    [InlineData("alllowercase-but-long", "密码须包含大写字母、小写字母、数字、符号中的至少三类。")]
    public async Task A_temporary_password_that_breaks_the_rules_is_refused_next_to_the_field(string password, string message)
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync($"/Admin/Users/ResetPassword/{clerk.Id}", Passwords(password));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).FieldError("Input.NewPassword").Should().Be(message);
        // Nothing changed: the old password still works.
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
    }
}
