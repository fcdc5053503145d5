using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace CongressPortal.Web.Infrastructure;

public static class ServiceRegistration
{
    public const string LoginRateLimit = "login";

    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set. run.sh sets it; see README.md.");
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<Data.Queries.WorkingCalendarProvider>();
        services.AddScoped<Data.Queries.PerformanceRecords>();
        services.AddScoped<Data.Queries.ReceptionNoticeQueries>();
        services.AddDbContext<AppDbContext>((sp, options) => AppDbContext
            .UsePortalDatabase(options, connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                // Character classes are checked by PortalPasswordValidator: three of four, not all four.
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 5;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(30);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<PortalPasswordValidator>()
            .AddDefaultTokenProviders();

        // A disabled account or a changed role loses its session within a minute, not Identity's default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(SessionCookie.Configure);

        // Key ring in the database: every app node can read every other node's cookies and antiforgery tokens.
        services.AddDataProtection().SetApplicationName("CongressPortal").PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorization(Policies.Add);
        return services;
    }

    public static IServiceCollection AddPortalPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(PortalPages.Configure);
        services.AddPageHandlers(typeof(ServiceRegistration).Assembly);
        // Chinese stays Chinese in the HTML instead of &#x…; escapes, which made pages several times larger.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".CongressPortal.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 20), Window = TimeSpan.FromMinutes(1) }));
        });
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the reverse proxies named in configuration are trusted to say who the client is.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("Security:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        return services;
    }
}
