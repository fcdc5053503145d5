using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// Production has no default accounts. The first administrator is created from the server's shell:
/// <c>PORTAL_ADMIN_PASSWORD=… dotnet CongressPortal.Web.dll --create-admin NAME</c>.
/// </summary>
public static class AdminBootstrap
{
    public static async Task<int> CreateAdminAsync(WebApplication app, string userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(password))
        {
            Console.Error.WriteLine("Set PORTAL_ADMIN_PASSWORD to the new administrator's password.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            Console.Error.WriteLine($"An account named '{userName}' already exists.");
            return 1;
        }
        var user = new AppUser { UserName = userName, DisplayName = "系统管理员", CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, PortalRole.Admin);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) Console.Error.WriteLine(error.Description);
            return 1;
        }
        Console.WriteLine($"Administrator '{userName}' created.");
        return 0;
    }
}
