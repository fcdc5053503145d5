using System.Net;
using System.Xml.Linq;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>Reads a public Atom feed as a feed reader would, checking what every feed owes it on the way.</summary>
public static class AtomFeedReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// GETs <paramref name="url"/> and parses it: 200, <c>application/atom+xml</c> in UTF-8, well-formed XML whose root is an
    /// Atom feed, and every link and entry id an absolute address.
    /// </summary>
    public static async Task<XElement> ReadAsync(PortalClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        feed.Name.Should().Be(Atom + "feed");
        feed.Element(Atom + "id").Should().NotBeNull();
        feed.Element(Atom + "updated").Should().NotBeNull();
        feed.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).EndsWith(url, StringComparison.Ordinal));
        var addresses = feed.Descendants(Atom + "link").Select(l => (string)l.Attribute("href")!)
            .Concat(feed.Descendants(Atom + "id").Select(i => i.Value));
        addresses.Should().OnlyContain(a => Uri.IsWellFormedUriString(a, UriKind.Absolute), "feed readers resolve nothing against the feed's address");
        return feed;
    }

    public static IReadOnlyList<XElement> Entries(XElement feed) => [.. feed.Elements(Atom + "entry")];

    public static IReadOnlyList<string> Titles(XElement feed) => [.. Entries(feed).Select(e => e.Element(Atom + "title")!.Value)];

    public static string Link(XElement entry) => (string)entry.Element(Atom + "link")!.Attribute("href")!;

    public static string Summary(XElement entry) => entry.Element(Atom + "summary")!.Value;

    public static DateTimeOffset Updated(XElement entry) => DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The <c>href</c>s of the feeds a page advertises in its head.</summary>
    public static IReadOnlyList<string> AdvertisedFeeds(AngleSharp.Dom.IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!)];
    }
}
