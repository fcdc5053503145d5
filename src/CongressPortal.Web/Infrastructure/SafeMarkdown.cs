using Ganss.Xss;
using Markdig;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Turns the Markdown staff write (notices) into HTML the public site can show. Two locks, either of which would do on a
/// good day: Markdig renders with raw HTML disabled (typed tags come out as text), and HtmlSanitizer then keeps only
/// plain formatting tags, http(s) and mailto links, and no attributes that run script or style the page.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The sanitised HTML of <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown ?? "", Pipeline);
        // HtmlSanitizer's Sanitize is thread-safe once configured.
        return Sanitizer.Sanitize(html);
    }

    /// <summary>The text without markup, for summaries (the feed, descriptions).</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
                "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "start", "align" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        // Links leave the portal without handing it the reader's session page as opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor) anchor.SetAttribute("rel", "noopener noreferrer nofollow");
        };
        return sanitizer;
    }
}
