using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.OpenData;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace CongressPortal.Web.Infrastructure;

public static class ServiceRegistration
{
    public const string LoginRateLimit = "login";

    /// <summary>Sending a public form (a review request): <c>Security:PublicFormPostsPerHour</c> posts per address and hour.</summary>
    public const string PublicFormRateLimit = "public-form";

    /// <summary>Looking up a receipt code: <c>Security:PublicLookupsPerHour</c> posts per address and hour, against guessing.</summary>
    public const string PublicLookupRateLimit = "public-lookup";

    /// <summary>Comments on open drafts (preview and send) per address and hour: <c>Security:DraftCommentPostsPerHour</c> (the benchmarks set a large number).</summary>
    public const string DraftCommentRateLimit = "draft-comment";

    private static RateLimitPartition<string> PostsPerHour(HttpContext context, int permits) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1) })
            : RateLimitPartition.GetNoLimiter("read");

    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set. run.sh sets it; see README.md.");
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        // Singletons: the pooled contexts below share their interceptors (the actor reads the current request).
        services.AddSingleton<IAuditActor, HttpAuditActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<Data.Queries.WorkingCalendarProvider>();
        services.AddScoped<Data.Queries.PerformanceRecords>();
        services.AddScoped<Data.Queries.ReceptionNoticeQueries>();
        services.AddScoped<Data.Queries.NoticeStore>();
        services.AddScoped<Data.Queries.SuggestionRulesProvider>();
        services.AddScoped<Data.Queries.SuggestionStore>();
        services.AddScoped<Data.Queries.SuggestionContactQueries>();
        services.AddScoped<Data.Queries.SuggestionBatchAssignment>();
        services.AddScoped<Data.Queries.SuggestionRegistrar>();
        services.AddScoped<Data.Queries.ProposalStore>();
        services.AddScoped<Data.Queries.SupervisionStore>();
        services.AddScoped<Data.Queries.RegulationStore>();
        services.AddScoped<Data.Queries.LegislationStore>();
        services.AddScoped<Data.Queries.FilingReviewStore>();
        services.AddScoped<Data.Queries.DraftStore>();
        // Moderation, exports and the 基层立法联系点 registry (wt/moderation).
        services.AddScoped<Data.Queries.DraftModeration>();
        services.AddScoped<Data.Queries.ContactPointStore>();
        services.AddScoped<Data.Queries.ProposalSuggestions>();
        services.AddScoped<Data.Queries.SuggestionStatistics>();
        // The suggestion paperwork in Word (issue 15, wt/word).
        services.AddScoped<Data.Queries.SuggestionPaperwork>();
        services.AddScoped<Data.Queries.SuggestionPrintout>();
        // Pooled: a request leases a context whose EF services are already set up, instead of building them anew (that
        // was a tenth of a comment submission's CPU; see docs/benchmarks.md, open drafts).
        services.AddDbContextPool<AppDbContext>((sp, options) => AppDbContext
            .UsePortalDatabase(options, connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<CacheEvictingInterceptor>(),
                sp.GetRequiredService<OpenData.OpenDataChangeCapture>()));
        services.AddPublicPageCache(connectionString);
        // The open data API's index, kept by every save (issue 18, ADR 0026).
        services.AddOpenData(configuration);
        // Notification centre, reminders and the e-mail outbox (issue 15, part D).
        Notifications.NotificationWorker.Register(services, configuration, connectionString);
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
                // Authenticator codes checked against the injected clock (ADR 0024).
                options.Tokens.AuthenticatorTokenProvider = TwoFactorOptions.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<PortalPasswordValidator>()
            .AddPasswordValidator<PasswordHistoryValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PortalAuthenticatorTokenProvider>(TwoFactorOptions.ProviderName);
        // Password history and age (ADR 0022): the store records both for every new password, whichever page sets it.
        services.AddScoped<NewPasswords>();
        services.AddScoped<IUserStore<AppUser>, PortalUserStore>();
        services.AddOptions<PasswordExpiryOptions>().BindConfiguration("Security:PasswordExpiry");
        services.AddSingleton<PasswordAge>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new PasswordExpiredFilter()));
        // Two factors (ADR 0024): required for the configured roles; the step between password and code lives in Identity's
        // own short cookie, which must not be renewed by activity: five minutes from the password, then the password again.
        services.AddOptions<TwoFactorOptions>().BindConfiguration("Security:TwoFactor");
        services.AddScoped<TwoFactorRequirement>();
        services.AddScoped<TwoFactorAccounts>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new TwoFactorRequiredFilter()));
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = ".CongressPortal.TwoFactor";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TwoFactorOptions.PendingLifetime;
            o.SlidingExpiration = false;
        });
        // Sessions that logout, a password change, disabling or 全部下线 end at once on every node (ADR 0022).
        services.AddSingleton<SessionCache>();
        services.AddScoped<SessionRegistry>();

        // A disabled account or a changed role loses its session within a minute, not Identity's default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(SessionCookie.Configure);

        // Key ring in the database: every app node can read every other node's cookies and antiforgery tokens.
        services.AddDataProtection().SetApplicationName("CongressPortal").PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorization(Policies.Add);
        return services;
    }

    /// <summary>Model binding's own messages (a number field holding letters, a missing value) in Chinese.</summary>
    private static void ChineseBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}。");
        messages.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
        messages.SetMissingKeyOrValueAccessor(() => "请填写此项。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        messages.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
        messages.SetValueMustNotBeNullAccessor(value => "请填写此项。");
    }

    public static IServiceCollection AddPortalPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(PortalPages.Configure);
        services.AddPageHandlers(typeof(ServiceRegistration).Assembly);
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempDataProvider>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            ChineseBindingMessages(o.ModelBindingMessageProvider);
            o.ModelMetadataDetailsProviders.Add(new ChineseRequiredMessages());
        });
        // Chinese stays Chinese in the HTML instead of &#x…; escapes, which made pages several times larger.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".CongressPortal.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddResponseCompression(options =>
        {
            // Only anonymous responses reach the middleware (Pipeline), so HTTPS is safe to compress.
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "application/atom+xml"];
        });
        // ── Issue 17 (wt/input): how far an uploaded .xlsx or .docx may unpack (ADR 0025) ──
        services.AddSingleton(Uploads.ZipLimitsFrom(configuration));
        // Every limit read once and checked here: a value that is not a positive number stops the start-up (ADR 0025).
        var loginsPerMinute = RateLimits.Permits(configuration, "Security:LoginAttemptsPerMinute", 20);
        var formPostsPerHour = RateLimits.Permits(configuration, "Security:PublicFormPostsPerHour", 10);
        var commentPostsPerHour = RateLimits.Permits(configuration, "Security:DraftCommentPostsPerHour", 30);
        var lookupsPerHour = RateLimits.Permits(configuration, "Security:PublicLookupsPerHour", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // The public's forms (审查建议): per address, only the posts count; reading the form is free.
            options.AddPolicy(PublicFormRateLimit, context => PostsPerHour(context, formPostsPerHour));
            options.AddPolicy(DraftCommentRateLimit, context => PostsPerHour(context, commentPostsPerHour));
            options.AddPolicy(PublicLookupRateLimit, context => PostsPerHour(context, lookupsPerHour));
            // Issue 17 (wt/input): public searches and the API, whatever page or endpoint serves them.
            options.GlobalLimiter = RateLimits.Global(configuration);
            options.OnRejected = RateLimitPage.WriteAsync;
        });
        return services;
    }

    /// <summary>Fields that are implicitly required (non-nullable values) or [Required] without a message get a Chinese one.</summary>
    private sealed class ChineseRequiredMessages : Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.IValidationMetadataProvider
    {
        public void CreateValidationMetadata(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ValidationMetadataProviderContext context)
        {
            foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<System.ComponentModel.DataAnnotations.RequiredAttribute>())
            {
                if (required.ErrorMessage is null && required.ErrorMessageResourceName is null) required.ErrorMessage = "请填写{0}。";
            }
        }
    }
}
