using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Infrastructure;

/// <summary>Writes the public Atom feeds (reports, regulations, notices, drafts, reception notices, replies): the head and one element per entry.</summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed itself: its title, its id (the list it follows), its own address and the list's.</summary>
    public sealed record Head(string Title, string? Subtitle, string Id, string Self, string Alternate, DateTimeOffset Updated);

    public sealed record Entry(string Title, string Id, DateTimeOffset Published, DateTimeOffset Updated, string Link, string Summary);

    /// <summary>The absolute addresses a feed names, on the public host (Portal:PublicBaseUrl): the list it follows, itself, a record by id.</summary>
    public sealed record Links(string List, string Self, Func<int, string> Record)
    {
        /// <summary>The feed's head: its id and alternate are the list's address.</summary>
        public Head Head(string title, string? subtitle, DateTimeOffset updated) => new(title, subtitle, List, Self, List, updated);
    }

    /// <summary>The <see cref="Links"/> of a feed whose records are pages taking an <c>id</c>.</summary>
    public static Links FeedLinks(this IUrlHelper url, string listPage, string feedPage, string recordPage)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new Links(url.PublicPageLink(listPage), url.PublicPageLink(feedPage), id => url.PublicPageLink(recordPage, values: new { id }));
    }

    public static async Task<string> WriteAsync(Head head, IEnumerable<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), Async = true };
        await using (var writer = XmlWriter.Create(stream, settings))
        {
            await writer.WriteStartDocumentAsync();
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("title", Atom, head.Title);
            if (head.Subtitle is not null) writer.WriteElementString("subtitle", Atom, head.Subtitle);
            writer.WriteElementString("id", Atom, head.Id);
            writer.WriteElementString("updated", Atom, Stamp(head.Updated));
            Link(writer, head.Self, "self");
            Link(writer, head.Alternate, "alternate");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "市人大常委会办公厅");
            writer.WriteEndElement();
            foreach (var entry in entries)
            {
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("title", Atom, entry.Title);
                writer.WriteElementString("id", Atom, entry.Id);
                writer.WriteElementString("published", Atom, Stamp(entry.Published));
                writer.WriteElementString("updated", Atom, Stamp(entry.Updated));
                Link(writer, entry.Link, "alternate");
                writer.WriteElementString("summary", Atom, entry.Summary);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            await writer.WriteEndDocumentAsync();
        }
        // A MemoryStream, not a StringWriter: the XML declaration must say UTF-8, as the response is.
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
