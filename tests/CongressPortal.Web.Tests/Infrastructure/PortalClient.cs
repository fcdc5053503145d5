using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>An HttpClient that reads and submits forms the way a browser does, antiforgery token included.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>
    /// GETs a page and parses it. A permanent redirect (an old <c>?id=</c> address moved to the page's path form) is
    /// followed once, as a browser would; the document's address is then the one the page answered at.
    /// </summary>
    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.PermanentRedirect && response.Headers.Location is { } moved)
        {
            response.Dispose();
            response = await Http.GetAsync(moved);
        }
        using (response)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} should succeed");
            return await ParseAsync(response);
        }
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>
    /// Loads <paramref name="url"/>, takes the form matched by <paramref name="formSelector"/> with every value it
    /// already holds (hidden fields, token, current values), applies <paramref name="fields"/>, and submits it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, IReadOnlyDictionary<string, string?> fields, string formSelector = "main form[method=post]", string? submitName = null)
    {
        var document = await GetDocumentAsync(url);
        return await SubmitFormAsync(document, fields, formSelector, submitName);
    }

    public Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument document, IReadOnlyDictionary<string, string?> fields, string formSelector = "main form[method=post]", string? submitName = null)
    {
        var values = fields.Select(f => (f.Key, f.Value)).ToList();
        if (submitName is not null) values.Add((submitName, ""));
        return PostFormAsync(document, formSelector, values);
    }

    /// <summary>
    /// Submits the form matched by <paramref name="formSelector"/> with every value it holds (antiforgery token
    /// included), where each name in <paramref name="fields"/> is replaced by the values given for it (several for a
    /// multiple select; null removes it). With <paramref name="files"/> (field name, file name, bytes) the form goes
    /// as multipart/form-data.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(IHtmlDocument document, string formSelector,
        IReadOnlyList<(string Name, string? Value)> fields, IReadOnlyList<(string Name, string FileName, byte[] Content)>? files = null)
    {
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {document.Url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected)) values.Add(new(select.Name, option.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }
        foreach (var name in fields.Select(f => f.Name).Distinct()) values.RemoveAll(v => v.Key == name);
        values.AddRange(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!)));
        var action = new Uri(string.IsNullOrEmpty(form.GetAttribute("action")) ? document.Url : form.Action, UriKind.RelativeOrAbsolute);
        if (files is null)
        {
            using var encoded = new FormUrlEncodedContent(values);
            return await Http.PostAsync(action, encoded);
        }
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values) content.Add(new StringContent(value), name);
        foreach (var (name, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, name, fileName);
        }
        return await Http.PostAsync(action, content);
    }

    /// <summary>
    /// The code the authenticator app would show now (set by <see cref="WebTest"/> from the test clock and
    /// <see cref="TestTotp.Key"/>), typed when a sign-in asks for the second step.
    /// </summary>
    public Func<string>? AuthenticatorCode { get; init; }

    /// <summary>
    /// Signs in through the login form, and through the second step when the account has an authenticator (ADR 0024). An
    /// account that must still set one up is left on the enrolment page.
    /// </summary>
    public async Task LoginAsync(string userName, string password)
    {
        using var response = await SubmitFormAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} should be able to sign in");
        if (response.Headers.Location?.OriginalString.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal) != true) return;
        AuthenticatorCode.Should().NotBeNull($"{userName} has an authenticator and the client needs its code");
        using var second = await SubmitFormAsync(response.Headers.Location.OriginalString, new Dictionary<string, string?> { ["Input.Code"] = AuthenticatorCode!() });
        second.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} should pass the second step");
    }

    /// <summary>
    /// Like <see cref="SubmitFormAsync(string, IReadOnlyDictionary{string, string?}, string, string?)"/> for a form with
    /// enctype="multipart/form-data": the form's own values (antiforgery token included) with <paramref name="fields"/>
    /// applied, plus a file part for each of <paramref name="files"/> (field name, file name, bytes).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitMultipartFormAsync(
        string url,
        IReadOnlyDictionary<string, string?> fields,
        IReadOnlyList<(string Name, string FileName, byte[] Content)> files,
        string formSelector = "main form[method=post]") =>
        await PostFormAsync(await GetDocumentAsync(url), formSelector, fields.Select(f => (f.Key, f.Value)).ToList(), files);

    public void Dispose() => Http.Dispose();
}

public static class HtmlExtensions
{
    /// <summary>The validation message shown next to a field (asp-validation-for).</summary>
    public static string FieldError(this IDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    /// <summary>The messages of the form's error summary (without its title), one a line.</summary>
    public static string Summary(this IDocument document) =>
        string.Join("\n", document.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()));
}
