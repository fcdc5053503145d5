using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Every page, requested as the public and as each role: allowed (200), sent to the login page, or refused
/// with 403. The table is written out here, independently of the app's own folder rules, so a change to
/// those rules that opens or closes a page shows up as a failing cell. A page missing from the table fails
/// <see cref="ConventionTests.Every_page_is_in_the_authorization_matrix"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalAppFactory app) : WebTest(app)
{
    public const string Anonymous = "Anonymous";

    public static IReadOnlyList<string> Roles { get; } = [Anonymous, .. PortalRole.All];

    private static readonly string[] Everyone = [Anonymous, .. PortalRole.All];
    private static readonly string[] SignedIn = [.. PortalRole.All];
    private static readonly string[] StaffOrAdmin = [PortalRole.Staff, PortalRole.Admin];

    /// <summary>Page (as Razor Pages names it) → a URL to request and who may see it. {placeholders} come from <see cref="SampleIdsAsync"/>.</summary>
    public static IReadOnlyDictionary<string, PageRule> Matrix { get; } = new Dictionary<string, PageRule>
    {
        // Public catalogue.
        ["/Index"] = new("/", Everyone),
        ["/Reports/Index"] = new("/Reports", Everyone),
        ["/Deputies/Index"] = new("/Deputies", Everyone),
        ["/Stations/Index"] = new("/Stations", Everyone),
        ["/Regulations/Index"] = new("/Regulations", Everyone),
        ["/Suggestions/Index"] = new("/Suggestions", Everyone),
        // The error page answers with the status it describes; reached directly it is a 404.
        ["/Error"] = new("/Error", Everyone) { AllowedStatus = HttpStatusCode.NotFound },
        // Account.
        ["/Account/Login"] = new("/Account/Login", Everyone) { SignedInStatus = HttpStatusCode.Redirect },
        ["/Account/Logout"] = new("/Account/Logout", SignedIn),
        ["/Account/ChangePassword"] = new("/Account/ChangePassword", SignedIn),
        // One role each: the workspace sends them straight to their desk.
        ["/Account/Workspace"] = new("/Account/Workspace", SignedIn) { SignedInStatus = HttpStatusCode.Redirect },
        // Desks.
        ["/Staff/Index"] = new("/Staff", [PortalRole.Staff]),
        ["/Deputy/Index"] = new("/Deputy", [PortalRole.Deputy]),
        ["/Unit/Index"] = new("/Unit", [PortalRole.HandlingUnit]),
        // ── Reference data (Staff or Admin) ──
        // ── Administration (Admin) ──
        // ── Audit (Auditor) ──
    };

    public sealed record PageRule(string Url, IReadOnlyCollection<string> Allowed)
    {
        /// <summary>What an allowed user gets; 200 unless the page is a redirect by design.</summary>
        public HttpStatusCode AllowedStatus { get; init; } = HttpStatusCode.OK;

        /// <summary>Overrides <see cref="AllowedStatus"/> for signed-in users (the login page sends them on).</summary>
        public HttpStatusCode? SignedInStatus { get; init; }

        public HttpStatusCode Expected(string role)
        {
            if (Allowed.Contains(role)) return role == Anonymous ? AllowedStatus : SignedInStatus ?? AllowedStatus;
            return role == Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden;
        }
    }

    /// <summary>One row of each kind of record, so pages that take an id have something to show.</summary>
    private async Task<Dictionary<string, string>> SampleIdsAsync()
    {
        var term = await Data.TermAsync();
        var ids = new Dictionary<string, string>
        {
            ["term"] = term.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["session"] = (await Data.SessionAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["meeting"] = (await Data.MeetingAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["committee"] = (await Data.CommitteeAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["category"] = (await Data.CategoryAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["area"] = (await Data.DistrictAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = (await Data.UnitAsync("示例市教育局")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["calendarDay"] = (await DbAsync(db => Task.FromResult(db.CalendarDays.OrderBy(d => d.Date).First().Id))).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["user"] = (await CreateUserAsync("sample-user", [PortalRole.Staff])).Id,
        };
        return ids;
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task Every_page_answers_each_role_as_the_matrix_says(string role)
    {
        var ids = await SampleIdsAsync();
        using var client = role == Anonymous ? AnonymousClient() : await ClientForRoleAsync(role);
        var failures = new List<string>();
        foreach (var (page, rule) in Matrix)
        {
            var url = ids.Aggregate(rule.Url, (current, id) => current.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));
            using var response = await client.GetAsync(url);
            var expected = rule.Expected(role);
            if (response.StatusCode != expected)
            {
                failures.Add($"{page} ({url}) as {role}: expected {(int)expected}, got {(int)response.StatusCode}");
                continue;
            }
            if (expected == HttpStatusCode.Redirect && role == Anonymous && !rule.Allowed.Contains(role)
                && response.Headers.Location?.AbsolutePath != "/Account/Login")
            {
                failures.Add($"{page} as {role}: expected a redirect to the login page, got {response.Headers.Location}");
            }
        }
        failures.Should().BeEmpty();
    }

    public static TheoryData<string> RoleNames() => new(Roles);
}
