using System.Diagnostics;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Account;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Tests.Pages.Account;

/// <summary>A failed sign-in tells nothing about which accounts exist or what state they are in (ADR 0022).</summary>
public sealed class LoginEnumerationTests(PortalAppFactory app) : WebTest(app)
{
    private const string WrongPassword = "Wrong#Portal-2026";

    private static Dictionary<string, string?> Credentials(string user, string password) => new()
    {
        ["Input.UserName"] = user,
        ["Input.Password"] = password,
    };

    private static async Task<string> FailureAsync(PortalClient client, string user, string password)
    {
        using var response = await client.SubmitFormAsync("/Account/Login", Credentials(user, password));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.UserName").Should().BeEmpty();
        page.FieldError("Input.Password").Should().BeEmpty();
        return page.Summary();
    }

    private Task<IdentityResult> SetAsync(string id, Action<AppUser> change) =>
        ServiceAsync<UserManager<AppUser>, IdentityResult>(async users =>
        {
            var user = await users.FindByIdAsync(id);
            change(user!);
            return await users.UpdateAsync(user!);
        });

    [Fact]
    public async Task Unknown_name_wrong_password_disabled_and_locked_accounts_all_get_the_same_message()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        var disabled = await CreateUserAsync("gone", [PortalRole.Staff]);
        await SetAsync(disabled.Id, u => u.IsDisabled = true);
        var locked = await CreateUserAsync("locked", [PortalRole.Staff]);
        await SetAsync(locked.Id, u => u.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(30));
        using var client = AnonymousClient();

        var messages = new[]
        {
            await FailureAsync(client, "nobody-here", WrongPassword),
            await FailureAsync(client, "clerk", WrongPassword),
            await FailureAsync(client, "gone", WrongPassword),
            await FailureAsync(client, "locked", WrongPassword),
        };

        messages.Should().AllBe(LoginModel.Handler.WrongCredentials);
    }

    [Fact]
    public async Task The_reason_for_a_disabled_or_locked_account_is_given_only_with_the_right_password()
    {
        var disabled = await CreateUserAsync("gone", [PortalRole.Staff]);
        await SetAsync(disabled.Id, u => u.IsDisabled = true);
        var locked = await CreateUserAsync("locked", [PortalRole.Staff]);
        await SetAsync(locked.Id, u => u.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(30));
        using var client = AnonymousClient();

        (await FailureAsync(client, "gone", Password)).Should().Be(LoginModel.Handler.Disabled);
        (await FailureAsync(client, "locked", Password)).Should().Be(LoginModel.Handler.LockedOut);
    }

    [Fact]
    public async Task The_attempt_that_locks_an_account_answers_like_any_wrong_password()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var client = AnonymousClient();
        for (var i = 0; i < 4; i++) (await FailureAsync(client, "clerk", WrongPassword)).Should().Be(LoginModel.Handler.WrongCredentials);

        (await FailureAsync(client, "clerk", WrongPassword)).Should().Be(LoginModel.Handler.WrongCredentials, "the fifth failure locks, silently");
        (await FailureAsync(client, "clerk", WrongPassword)).Should().Be(LoginModel.Handler.WrongCredentials, "a locked account and a wrong password say nothing more");
        (await FailureAsync(client, "clerk", Password)).Should().Be(LoginModel.Handler.LockedOut);
    }

    [Fact]
    public async Task An_unknown_name_takes_about_as_long_as_a_wrong_password()
    {
        // Many accounts, so a wrong password never reaches the lockout: each account takes one wrong attempt per round.
        const int attempts = 7;
        for (var i = 0; i < attempts; i++) await CreateUserAsync($"clerk{i}", [PortalRole.Staff]);
        using var client = AnonymousClient();
        // Warm up both paths (the first hashing builds the dummy hash; the first query compiles).
        await FailureAsync(client, "nobody-0", WrongPassword);
        await FailureAsync(client, "clerk0", WrongPassword);

        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i < attempts; i++)
        {
            // Interleaved, so a burst of load on the machine hits both series alike.
            unknown.Add(await TimeAsync(() => FailureAsync(client, $"nobody-{i + 1}", WrongPassword)));
            wrong.Add(await TimeAsync(() => FailureAsync(client, $"clerk{i}", WrongPassword)));
        }

        var ratio = Median(unknown) / Median(wrong);
        ratio.Should().BeInRange(0.5, 2.0, $"unknown names took a median {Median(unknown):0} ms and wrong passwords {Median(wrong):0} ms");
    }

    private static async Task<double> TimeAsync(Func<Task> attempt)
    {
        var watch = Stopwatch.StartNew();
        await attempt();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
