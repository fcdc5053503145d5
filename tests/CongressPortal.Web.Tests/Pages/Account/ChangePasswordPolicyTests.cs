using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Account;

/// <summary>Passwords expire for administrators and auditors, and the last five are not used again (ADR 0022).</summary>
public sealed class ChangePasswordPolicyTests(PortalAppFactory app) : WebTest(app)
{
    private static Dictionary<string, string?> Change(string current, string next) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    };

    private static async Task ChangeAsync(PortalClient client, string current, string next)
    {
        using var response = await client.SubmitFormAsync("/Account/ChangePassword", Change(current, next));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"changing to {next} should succeed");
    }

    [Fact]
    public async Task None_of_the_last_five_passwords_may_be_chosen_again_and_the_sixth_may()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        await client.LoginAsync("clerk", Password);
        string[] passwords = [Password, "Second#Pass-2026", "Third#Pass-2026", "Fourth#Pass-2026", "Fifth#Pass-2026", "Sixth#Pass-2026"];
        for (var i = 1; i < passwords.Length; i++) await ChangeAsync(client, passwords[i - 1], passwords[i]);

        // The current one and the four before it are refused, next to the field, with what was typed kept.
        foreach (var reused in passwords[1..])
        {
            using var response = await client.SubmitFormAsync("/Account/ChangePassword", Change(passwords[^1], reused));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = await PortalClient.ParseAsync(response);
            page.FieldError("Input.NewPassword").Should().Be(PasswordHistoryValidator.Reused);
        }
        // The first was six passwords ago.
        await ChangeAsync(client, passwords[^1], passwords[0]);
        (await DbAsync(db => db.PasswordHistory.CountAsync())).Should().Be(PasswordHistoryValidator.Remembered - 1, "only the hashes needed are kept");
    }

    [Fact]
    public async Task An_administrator_cannot_reset_a_password_to_the_current_one()
    {
        var user = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        using var response = await admin.SubmitFormAsync($"/Admin/Users/ResetPassword/{user.Id}", new Dictionary<string, string?>
        {
            ["Input.NewPassword"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).FieldError("Input.NewPassword").Should().Be(PasswordHistoryValidator.Reused);
    }

    [Fact]
    public async Task An_administrator_whose_password_is_180_days_old_must_change_it_before_anything_else()
    {
        await CreateUserAsync("chief", [PortalRole.Admin]);
        App.Clock.Advance(TimeSpan.FromDays(180));
        using var client = AnonymousClient();
        await client.LoginAsync("chief", Password);

        foreach (var url in new[] { "/Account/Workspace", "/Admin", "/Admin/Users", "/" })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{url} waits for the new password");
            response.Headers.Location!.OriginalString.Should().Be("/Account/ChangePassword");
        }
        var form = await client.GetDocumentAsync("/Account/ChangePassword");
        form.QuerySelector("main .alert-warning")!.TextContent.Should().Contain("180天");

        await ChangeAsync(client, Password, "Renewed#Pass-2026");
        (await client.GetAsync("/Admin")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await DbAsync(db => db.Users.SingleAsync(u => u.UserName == "chief"))).PasswordChangedAt.Should().Be(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_administrator_whose_password_is_younger_and_staff_with_an_old_password_go_straight_in()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        App.Clock.Advance(TimeSpan.FromDays(100));
        await CreateUserAsync("chief", [PortalRole.Admin]);
        App.Clock.Advance(TimeSpan.FromDays(179));
        using var staff = AnonymousClient();
        await staff.LoginAsync("clerk", Password);
        (await staff.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var admin = AnonymousClient();
        await admin.LoginAsync("chief", Password);
        (await admin.GetAsync("/Admin")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
