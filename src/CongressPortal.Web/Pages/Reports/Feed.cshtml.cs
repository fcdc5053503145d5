using System.Globalization;
using System.Text;
using System.Xml;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>An Atom feed of the published reports: one entry per report, updated when a correction is published.</summary>
[OutputCache(PolicyName = PublicPageCache.Reports)]
public sealed class FeedModel(FeedModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var links = new FeedLinks(Url.PageLink("/Reports/Index")!, Url.PageLink("/Reports/Feed")!,
            year => Url.PageLink("/Reports/Details", values: new { year })!);
        var xml = await handler.BuildAsync(links, ct);
        return Content(xml, "application/atom+xml; charset=utf-8");
    }

    /// <summary>Absolute addresses of the list, the feed itself and each year's report, as the request reached us.</summary>
    public sealed record FeedLinks(string Reports, string Feed, Func<int, string> Report);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        private const string Atom = "http://www.w3.org/2005/Atom";

        public async Task<string> BuildAsync(FeedLinks links, CancellationToken ct)
        {
            var reports = await PublishedReports.LatestAsync(db, ct);
            using var stream = new MemoryStream();
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), Async = true };
            await using (var writer = XmlWriter.Create(stream, settings))
            {
                await writer.WriteStartDocumentAsync();
                writer.WriteStartElement("feed", Atom);
                writer.WriteElementString("title", Atom, "市人大常委会工作报告");
                writer.WriteElementString("id", Atom, links.Reports);
                writer.WriteElementString("updated", Atom, Stamp(reports.Count == 0 ? clock.GetUtcNow() : reports.Max(r => r.LastPublishedAt)));
                Link(writer, links.Feed, "self");
                Link(writer, links.Reports, "alternate");
                writer.WriteStartElement("author", Atom);
                writer.WriteElementString("name", Atom, "市人大常委会办公厅");
                writer.WriteEndElement();
                foreach (var report in reports)
                {
                    var url = links.Report(report.Year);
                    writer.WriteStartElement("entry", Atom);
                    writer.WriteElementString("title", Atom, $"{report.Year}年 {report.Title}");
                    writer.WriteElementString("id", Atom, url);
                    writer.WriteElementString("published", Atom, Stamp(report.FirstPublishedAt));
                    writer.WriteElementString("updated", Atom, Stamp(report.LastPublishedAt));
                    Link(writer, url, "alternate");
                    writer.WriteElementString("summary", Atom, report.LastPublishedAt > report.FirstPublishedAt
                        ? $"{report.Year}年市人大常委会工作报告全文（已更正）。"
                        : $"{report.Year}年市人大常委会工作报告全文。");
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
}
