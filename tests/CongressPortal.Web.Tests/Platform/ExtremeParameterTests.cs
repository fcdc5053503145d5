using System.Net;
using System.Text.RegularExpressions;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Every page of the authorization matrix that a role may read, requested by that role with numbers out of range and
/// words where numbers or choices belong: a page number past int, below one or not a number; an id in the path that
/// overflows, is negative or zero; every query parameter the page takes (filters, sorts, years, ids) set to garbage.
/// The answer may be 400, 404, a redirect or the first or last page, never a 5xx. The pages come from
/// <see cref="AuthorizationMatrixTests.Matrix"/>, which a convention test keeps complete, so a new page is covered
/// without anyone remembering this test.
/// </summary>
public sealed partial class ExtremeParameterTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly string[] PageNumbers = ["2147483647", "2147483648", "-1", "0", "99999999999", "abc", ""];

    private static readonly string[] Ids = ["2147483647", "2147483648", "-1", "0", "99999999999999999999", "abc"];

    private static readonly string[] Garbage = ["-1", "2147483648", "abc", "%00", "<script>", "9999-99-99"];

    /// <summary>Query parameters many list pages take, added to every page: a page that ignores them must not care.</summary>
    private static readonly string[] CommonParameters = ["sort", "status", "state", "year", "q", "kind", "overdue", "term", "session"];

    [Theory]
    [MemberData(nameof(AuthorizationMatrixTests.RoleNames), MemberType = typeof(AuthorizationMatrixTests))]
    public async Task No_page_answers_extreme_page_numbers_ids_or_filters_with_a_server_error(string role)
    {
        var ids = await new AuthorizationMatrixTests(App).SampleIdsAsync();
        using var client = role == AuthorizationMatrixTests.Anonymous ? AnonymousClient() : await ClientForRoleAsync(role);
        var failures = new List<string>();
        var requested = 0;
        foreach (var (page, rule) in AuthorizationMatrixTests.Matrix.Where(r => r.Value.Expected(role) == HttpStatusCode.OK))
        {
            foreach (var url in ExtremeUrls(rule.Url, ids))
            {
                using var response = await client.GetAsync(url);
                requested++;
                if ((int)response.StatusCode >= 500) failures.Add($"{page} as {role}: GET {url} answered {(int)response.StatusCode}");
            }
        }
        requested.Should().BeGreaterThan(50);
        string.Join(Environment.NewLine, failures).Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_past_the_end_of_a_staff_list_shows_its_last_page()
    {
        var deputy = await Data.MunicipalDeputyAsync("欧阳建华", "16101");
        using var staff = await ClientForRoleAsync(Domain.Common.PortalRole.Staff);
        foreach (var p in new[] { "2", "2147483647" })
        {
            var page = await staff.GetDocumentAsync($"/Staff/Deputies?p={p}");
            page.QuerySelector($"#deputy-{deputy.Id}").Should().NotBeNull($"p={p} shows the last (here the only) page, not an empty list");
        }
    }

    [Fact]
    public void Extreme_urls_replace_path_ids_and_every_query_parameter()
    {
        var urls = ExtremeUrls("/Staff/Suggestions/File/{a}/{b}?status=Submitted", new Dictionary<string, string> { ["a"] = "5", ["b"] = "7" }).ToList();
        urls.Should().Contain("/Staff/Suggestions/File/2147483648/7?status=Submitted")
            .And.Contain("/Staff/Suggestions/File/5/-1?status=Submitted")
            .And.Contain("/Staff/Suggestions/File/5/7?status=abc")
            .And.Contain("/Staff/Suggestions/File/5/7?status=Submitted&p=2147483647")
            .And.Contain("/Staff/Suggestions/File/5/7?status=Submitted&sort=%3Cscript%3E");
    }

    /// <summary>
    /// The matrix URL with, in turn: each path placeholder set to each extreme id (the others to their sample), each query
    /// parameter set to each garbage value, and <c>p</c> and the common filters added with extreme values.
    /// </summary>
    internal static IEnumerable<string> ExtremeUrls(string template, IReadOnlyDictionary<string, string> ids)
    {
        var split = template.Split('?', 2);
        var path = split[0];
        var query = split.Length > 1 ? split[1].Split('&').Select(p => p.Split('=', 2)).Select(p => (Name: p[0], Value: p.Length > 1 ? p[1] : "")).ToList() : [];
        string Fill(string text) => ids.Aggregate(text, (current, id) => current.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));
        string Query(IEnumerable<(string Name, string Value)> parameters) =>
            string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(Fill(p.Value))}"));
        string Url(string urlPath, IEnumerable<(string Name, string Value)> parameters)
        {
            var text = Query(parameters);
            return Fill(urlPath) + (text.Length > 0 ? "?" + text : "");
        }

        foreach (Match placeholder in Placeholder().Matches(path))
        {
            foreach (var id in Ids)
            {
                yield return Url(path[..placeholder.Index] + id + path[(placeholder.Index + placeholder.Length)..], query);
            }
        }
        for (var i = 0; i < query.Count; i++)
        {
            foreach (var value in Garbage)
            {
                var changed = query.ToList();
                changed[i] = (changed[i].Name, value);
                yield return Url(path, changed);
            }
        }
        foreach (var p in PageNumbers) yield return Url(path, [.. query, ("p", p)]);
        foreach (var name in CommonParameters.Where(n => query.All(q => q.Name != n)))
        {
            foreach (var value in Garbage) yield return Url(path, [.. query, (name, value)]);
        }
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
