using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

/// <summary>Shared steps of the staff registry tests: a signed-in staff member, form values, reading pages back.</summary>
public abstract class RegistryTest(PortalAppFactory app) : WebTest(app)
{
    protected const string List = "/Staff/Deputies";

    protected static Dictionary<string, string?> Form(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value);

    protected Task<PortalClient> StaffAsync() => SignedInClientAsync(PortalRole.Staff);

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    protected static void ShouldRedirect(HttpResponseMessage response, string location)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the save should succeed and redirect");
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    protected static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form should come back with messages");
        return await PortalClient.ParseAsync(response);
    }

    protected static string Value(IHtmlDocument page, string field) =>
        page.QuerySelector($"[name='{field}']")?.GetAttribute("value") ?? "";

    protected static string Selected(IHtmlDocument page, string field) =>
        page.QuerySelector<IHtmlSelectElement>($"select[name='{field}']")?.Value ?? "";

    protected static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent ?? "";

    protected Task<Deputy> StoredAsync(int id) =>
        DbAsync(db => db.Deputies.AsNoTracking().Include(d => d.StatusChanges).SingleAsync(d => d.Id == id));

    /// <summary>A complete, valid create form for a municipal deputy of <paramref name="termId"/>.</summary>
    protected static Dictionary<string, string?> MunicipalForm(int termId, string name = "王立新", string number = "16201") => Form(
        ("Input.Level", nameof(DeputyLevel.Municipal)),
        ("Input.TermId", Id(termId)),
        ("Input.Number", number),
        ("Input.Name", name),
        ("Input.Gender", nameof(Gender.Female)),
        ("Input.Ethnicity", "回族"),
        ("Input.BirthDate", "1975-08-15"),
        ("Input.Party", "中共党员"),
        ("Input.Education", "研究生"),
        ("Input.WorkUnitAndTitle", "示例市人民医院院长"),
        ("Input.Constituency", "第12选区"),
        ("Input.Mobile", "13800001234"),
        ("Input.IdNumber", "11010519491231002X"),
        ("Input.HomeAddress", "新城区幸福路1号"));

    /// <summary>
    /// Submits a multipart form (a file upload) the way a browser does: the form's own fields, the antiforgery token
    /// among them, plus <paramref name="fileField"/> holding <paramref name="content"/> named <paramref name="fileName"/>.
    /// </summary>
    protected static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string url, string formSelector, string fileField, string fileName, byte[] content, string contentType)
    {
        var document = await client.GetDocumentAsync(url);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        form.Enctype.Should().Be("multipart/form-data");
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? document.Url : form.Action;
        return await client.Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), body);
    }
}
