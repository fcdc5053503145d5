using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// Shared steps of the staff register, details and theme tests: a named staff member, form posts with several values
/// per name and with files, the stored aggregate.
/// </summary>
public abstract class StaffSuggestionTest(PortalAppFactory app) : WebTest(app)
{
    /// <summary>2026-03-02, a Monday: the test clock's today in Beijing.</summary>
    protected static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>The smallest file the portal recognises as a PDF (by its first bytes).</summary>
    protected static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>A Windows executable's header: what a renamed .exe starts with.</summary>
    protected static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    protected static string Details(int id) => $"/Staff/Suggestions/Details/{id}";

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A staff member with a display name (the name the timeline shows).</summary>
    protected async Task<PortalClient> StaffAsync(string displayName = "张登记")
    {
        var userName = $"staff-{Guid.NewGuid():N}"[..20];
        await CreateUserAsync(userName, [PortalRole.Staff], displayName: displayName);
        var client = AnonymousClient();
        await client.LoginAsync(userName, Password);
        return client;
    }

    /// <summary>Submits a form of <paramref name="document"/>: see <see cref="PortalClient.PostFormAsync"/>.</summary>
    protected static Task<HttpResponseMessage> PostAsync(PortalClient client, IHtmlDocument document, string formSelector,
        IReadOnlyList<(string Name, string? Value)> fields, IReadOnlyList<(string Name, string FileName, byte[] Content)>? files = null) =>
        client.PostFormAsync(document, formSelector, fields, files);

    protected static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, string formSelector,
        IReadOnlyList<(string Name, string? Value)> fields, IReadOnlyList<(string Name, string FileName, byte[] Content)>? files = null) =>
        await PostAsync(client, await client.GetDocumentAsync(url), formSelector, fields, files);

    /// <summary>A save that worked answers with a redirect (PRG) to <paramref name="location"/>.</summary>
    protected static void ShouldRedirect(HttpResponseMessage response, string location)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the action should succeed and redirect");
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    /// <summary>A refused post answers with the page again (200), holding the messages.</summary>
    protected static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the page should come back with messages");
        return await PortalClient.ParseAsync(response);
    }

    protected static string Value(IHtmlDocument page, string field) =>
        page.QuerySelector($"[name='{field}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => string.Join(",", select.Options.Where(o => o.IsSelected).Select(o => o.Value)),
            // The co-signer picker: a tick box per deputy.
            IHtmlInputElement { Type: "checkbox" } => string.Join(",", page.QuerySelectorAll<IHtmlInputElement>($"input[name='{field}']").Where(i => i.IsChecked).Select(i => i.Value)),
            var element => element?.GetAttribute("value") ?? "",
        };

    protected static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent ?? "";

    /// <summary>The suggestion as saved, whole.</summary>
    protected Task<Suggestion> StoredAsync(int id) =>
        DbAsync(db => SuggestionStore.WithEverything(db.Suggestions.AsNoTracking()).SingleAsync(s => s.Id == id));

    protected Task<Suggestion> StoredAsync(string number) =>
        DbAsync(db => SuggestionStore.WithEverything(db.Suggestions.AsNoTracking()).SingleAsync(s => s.Number == number));

    protected Task<int> CountAsync<T>() where T : class => DbAsync(db => db.Set<T>().CountAsync());

    protected static Actor UnitActor(int unitId) => Actor.Unit(unitId, "赵承办");

    /// <summary>The id of the suggestion a successful register post redirected to.</summary>
    protected static int RedirectedId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the registration should succeed");
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/Staff/Suggestions/Details/");
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }
}
