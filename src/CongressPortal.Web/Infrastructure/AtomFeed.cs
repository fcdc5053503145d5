using System.Globalization;
using System.Text;
using System.Xml;

namespace CongressPortal.Web.Infrastructure;

/// <summary>Writes the public Atom feeds (work reports, the regulation library): the feed's head and one element per entry.</summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed itself: its title, its id (the list it follows), its own address and the list's.</summary>
    public sealed record Head(string Title, string? Subtitle, string Id, string Self, string Alternate, DateTimeOffset Updated);

    public sealed record Entry(string Title, string Id, DateTimeOffset Published, DateTimeOffset Updated, string Link, string Summary);

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
