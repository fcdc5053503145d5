using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>Base of every test that goes through the real app: the database is emptied before each test.</summary>
[Collection(PortalTestGroup.Name)]
public abstract class WebTest(PortalAppFactory app) : IAsyncLifetime
{
    public const string Password = "Test@Portal-2026";

    protected PortalAppFactory App { get; } = app;

    protected TestData Data => new(App);

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs <paramref name="action"/> with a fresh DbContext (and the audit interceptor, acting as the system).</summary>
    protected async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected async Task DbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected async Task<T> ServiceAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    protected PortalClient AnonymousClient() =>
        new(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }))
        {
            AuthenticatorCode = () => TestTotp.Code(TestTotp.Key, App.Clock.GetUtcNow()),
        };

    /// <summary>Creates an account with <paramref name="role"/> and signs it in through the real login form.</summary>
    protected async Task<PortalClient> SignedInClientAsync(string role, int? deputyId = null, int? unitId = null, string? userName = null)
    {
        userName ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        await CreateUserAsync(userName, [role], deputyId, unitId);
        var client = AnonymousClient();
        await client.LoginAsync(userName, Password);
        return client;
    }

    /// <summary>A client signed in as a typical user of <paramref name="role"/>, with a linked deputy or unit where the role needs one.</summary>
    protected async Task<PortalClient> ClientForRoleAsync(string role) => role switch
    {
        PortalRole.Deputy => await SignedInClientAsync(role, deputyId: (await Data.DeputyAsync()).Id),
        PortalRole.HandlingUnit => await SignedInClientAsync(role, unitId: (await Data.UnitAsync()).Id),
        _ => await SignedInClientAsync(role),
    };

    /// <summary>
    /// Creates an account. One whose roles require two factors (administrators, auditors) gets the authenticator
    /// <see cref="TestTotp.Key"/> already set up, so that <see cref="PortalClient.LoginAsync"/> signs it in with a code;
    /// <paramref name="enrolled"/> false leaves it to set up at its first sign-in.
    /// </summary>
    protected async Task<AppUser> CreateUserAsync(string userName, IReadOnlyList<string> roles, int? deputyId = null, int? unitId = null, string? displayName = null, bool? enrolled = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        // Set up in the one insert (TwoFactorEnabled) so that the audit log shows the account created, not edited afterwards.
        var withAuthenticator = enrolled ?? scope.ServiceProvider.GetRequiredService<TwoFactorRequirement>().IsRequired(roles);
        var user = new AppUser
        {
            UserName = userName,
            TwoFactorEnabled = withAuthenticator,
            DisplayName = displayName ?? userName,
            DeputyId = deputyId,
            HandlingUnitId = unitId,
            CreatedAt = App.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join(";", created.Errors.Select(e => e.Description)));
        foreach (var role in roles) (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        if (withAuthenticator) (await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", TestTotp.Key)).Succeeded.Should().BeTrue();
        return user;
    }
}
