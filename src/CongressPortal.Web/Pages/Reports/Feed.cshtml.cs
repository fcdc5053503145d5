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
        var origin = $"{Request.Scheme}://{Request.Host}";
        var xml = await handler.BuildAsync(origin, ct);
        return Content(xml, "application/atom+xml; charset=utf-8");
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        private const string Atom = "http://www.w3.org/2005/Atom";

        public async Task<string> BuildAsync(string origin, CancellationToken ct)
        {
            var reports = await PublishedReports.LatestAsync(db, ct);
            using var stream = new MemoryStream();
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), Async = true };
            await using (var writer = XmlWriter.Create(stream, settings))
            {
                await writer.WriteStartDocumentAsync();
                writer.WriteStartElement("feed", Atom);
                writer.WriteElementString("title", Atom, "市人大常委会工作报告");
                writer.WriteElementString("id", Atom, origin + "/Reports");
                writer.WriteElementString("updated", Atom, Stamp(reports.Count == 0 ? clock.GetUtcNow() : reports.Max(r => r.LastPublishedAt)));
                Link(writer, origin + "/Reports/Feed", "self");
                Link(writer, origin + "/Reports", "alternate");
                writer.WriteStartElement("author", Atom);
                writer.WriteElementString("name", Atom, "市人大常委会办公厅");
                writer.WriteEndElement();
                foreach (var report in reports)
                {
                    var url = $"{origin}/Reports/{report.Year.ToString(CultureInfo.InvariantCulture)}";
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
