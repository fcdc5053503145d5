using System.Net;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.Audit;

/// <summary>
/// The test server has no network connection, so requests arrive without a client address. This host
/// variant (same database, same clock) gives every request the address <see cref="Ip"/>, as Kestrel would.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Ip = "203.0.113.7";

    public static WebApplicationFactory<Program> Host(PortalAppFactory app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddress>()));

    /// <summary>A client of <paramref name="host"/> that types the tests' authenticator code (ADR 0024) by the host's clock.</summary>
    public static PortalClient Client(WebApplicationFactory<Program> host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }))
        {
            AuthenticatorCode = () => TestTotp.Code(TestTotp.Key, host.Services.GetRequiredService<TimeProvider>().GetUtcNow()),
        };

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(Ip);
            return following(context);
        });
        next(app);
    };
}
