using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference;

/// <summary>Shared steps of the reference-data tests: a signed-in staff member, form values, the audit trail.</summary>
public abstract class ReferenceTest(PortalAppFactory app) : WebTest(app)
{
    protected static Dictionary<string, string?> Form(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value);

    protected Task<PortalClient> StaffAsync() => SignedInClientAsync(PortalRole.Staff);

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A save that worked answers with a redirect (PRG) to <paramref name="location"/>.</summary>
    protected static void ShouldRedirect(HttpResponseMessage response, string location)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the save should succeed and redirect");
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    /// <summary>A refused save answers with the form again (200), holding the messages.</summary>
    protected static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form should come back with messages");
        return await PortalClient.ParseAsync(response);
    }

    protected static string Value(IHtmlDocument page, string field) =>
        page.QuerySelector($"[name='{field}']")?.GetAttribute("value") ?? "";

    protected static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent ?? "";

    /// <summary>The audit actions recorded for one entity, oldest first.</summary>
    protected Task<List<AuditAction>> AuditAsync(string entityType, int id)
    {
        var key = Id(id);
        return DbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == entityType && a.EntityKey == key)
            .OrderBy(a => a.Id)
            .Select(a => a.Action)
            .ToListAsync());
    }
}
