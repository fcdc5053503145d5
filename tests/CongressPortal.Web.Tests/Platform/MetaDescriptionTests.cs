using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Every page anybody may read says what it holds in one &lt;meta name="description"&gt; (issue 16): what a search engine
/// shows under the link and what a shared link previews. Detail pages describe their own record.
/// </summary>
public sealed class MetaDescriptionTests(PortalAppFactory app) : WebTest(app)
{
    /// <summary>Public HTML pages without a description of their own, and why.</summary>
    private static readonly Dictionary<string, string> Without = new()
    {
    };

    private static async Task<string?> DescriptionAsync(PortalClient client, string url, List<string> problems)
    {
        using var response = await client.GetAsync(url);
        if (response.Content.Headers.ContentType?.MediaType != "text/html") return null;
        var document = await PortalClient.ParseAsync(response);
        var metas = document.QuerySelectorAll("meta[name='description']");
        if (metas.Length != 1)
        {
            problems.Add($"{url}: {metas.Length} description elements");
            return null;
        }
        var content = metas[0].GetAttribute("content")?.Trim() ?? "";
        // A sentence a reader can judge the page by, not a word or a bare title.
        if (content.Length < 15) problems.Add($"{url}: description \"{content}\" is too short to say anything");
        return content;
    }

    [Fact]
    public async Task Every_public_page_has_exactly_one_description_and_no_two_pages_share_one()
    {
        var ids = await new AuthorizationMatrixTests(App).SampleIdsAsync();
        using var anonymous = AnonymousClient();
        var problems = new List<string>();
        var descriptions = new Dictionary<string, string>();
        var pages = AuthorizationMatrixTests.Matrix
            .Where(r => r.Value.Allowed.Contains(AuthorizationMatrixTests.Anonymous) && !Without.ContainsKey(r.Key));
        foreach (var (page, rule) in pages)
        {
            var url = ids.Aggregate(rule.Url, (current, id) => current.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));
            if (await DescriptionAsync(anonymous, url, problems) is { } description) descriptions[page] = description;
        }

        descriptions.Should().ContainKeys("/Index", "/Deputies/Details", "/Stations/Details", "/Reports/Details", "/Regulations/Details",
            "/Suggestions/Details", "/Proposals/Details", "/Supervision/Topic", "/Drafts/Details", "/Notices/Details", "/Error");
        foreach (var shared in descriptions.GroupBy(d => d.Value).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(", ", shared.Select(d => d.Key))} share the description \"{shared.Key}\"");
        }
        problems.Should().BeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Two_deputies_and_two_stations_are_described_by_their_own_data()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        var first = await Data.MunicipalDeputyAsync("王建华", "16101", delegation.Id, workUnit: "示例市第一中学校长");
        var second = await Data.MunicipalDeputyAsync("李红梅", "16102", delegation.Id, workUnit: "示例市第二人民医院副院长");
        var area = (await Data.SubdistrictAsync((await Data.DistrictAsync()).Id)).Id;
        var east = await Data.StationAsync(area, "青山路街道人大代表联络站", "青山区人民路88号", (first.Id, StationRole.Head));
        var west = await Data.StationAsync(area, "幸福里社区人大代表联络点", "青山区幸福里12号", (second.Id, StationRole.Head));
        using var anonymous = AnonymousClient();
        var problems = new List<string>();

        var firstDeputy = await DescriptionAsync(anonymous, $"/Deputies/Details/{first.Id}", problems);
        var secondDeputy = await DescriptionAsync(anonymous, $"/Deputies/Details/{second.Id}", problems);
        var eastStation = await DescriptionAsync(anonymous, $"/Stations/Details/{east.Id}", problems);
        var westStation = await DescriptionAsync(anonymous, $"/Stations/Details/{west.Id}", problems);

        problems.Should().BeEmpty();
        firstDeputy.Should().Contain("王建华").And.Contain("青山区代表团").And.Contain("示例市第一中学校长");
        secondDeputy.Should().Contain("李红梅").And.Contain("示例市第二人民医院副院长").And.NotBe(firstDeputy);
        eastStation.Should().Contain("青山路街道人大代表联络站").And.Contain("青山区人民路88号");
        westStation.Should().Contain("幸福里社区人大代表联络点").And.Contain("青山区幸福里12号").And.NotBe(eastStation);
    }
}
