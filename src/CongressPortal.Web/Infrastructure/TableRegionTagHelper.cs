using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Makes every scrolling table box (<c>div.table-responsive</c>) reachable by keyboard, once for all pages (issue 16): a box
/// that scrolls but cannot take focus leaves the columns beyond the edge out of a keyboard user's reach. The box gets
/// <c>tabindex="0"</c> (the arrow keys then scroll it), <c>role="region"</c> and a name: its own <c>aria-label</c> if the view
/// gives one, else the table's caption, else the table's own label, else the page title ("…表格", numbered when a page has several).
/// </summary>
[HtmlTargetElement("div", Attributes = "[class^=table-responsive]")]
[HtmlTargetElement("div", Attributes = "[class$=table-responsive]")]
public sealed partial class TableRegionTagHelper : TagHelper
{
    private static readonly object CounterKey = new();

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ').Any(c => c.StartsWith("table-responsive", StringComparison.Ordinal))) return;
        if (!output.Attributes.ContainsName("tabindex")) output.Attributes.SetAttribute("tabindex", "0");
        if (!output.Attributes.ContainsName("role")) output.Attributes.SetAttribute("role", "region");
        if (output.Attributes.ContainsName("aria-label") || output.Attributes.ContainsName("aria-labelledby")) return;
        var content = (await output.GetChildContentAsync()).GetContent();
        output.Content.SetHtmlContent(content);
        if (LabelledBy(content) is { } id) output.Attributes.SetAttribute("aria-labelledby", id);
        else output.Attributes.SetAttribute("aria-label", LabelFrom(content) ?? FallbackLabel());
    }

    /// <summary>The table's caption, or its aria-label: the first table in the box names it.</summary>
    internal static string? LabelFrom(string html)
    {
        var table = html.IndexOf("<table", StringComparison.OrdinalIgnoreCase);
        if (table < 0) return null;
        var caption = Caption().Match(html, table);
        var body = html.IndexOf("<tbody", table, StringComparison.OrdinalIgnoreCase);
        if (caption.Success && (body < 0 || caption.Index < body))
        {
            var text = WebUtility.HtmlDecode(Tags().Replace(caption.Groups[1].Value, "")).Trim();
            if (text.Length > 0) return Spaces().Replace(text, " ");
        }
        var tag = html[table..Math.Max(table, html.IndexOf('>', table))];
        var label = AriaLabel().Match(tag);
        return label.Success ? WebUtility.HtmlDecode(label.Groups[1].Value) : null;
    }

    /// <summary>The id a table names as its label (aria-labelledby): the box is named by the same element.</summary>
    internal static string? LabelledBy(string html)
    {
        var table = html.IndexOf("<table", StringComparison.OrdinalIgnoreCase);
        if (table < 0) return null;
        var match = AriaLabelledBy().Match(html[table..Math.Max(table, html.IndexOf('>', table))]);
        return match.Success ? match.Groups[1].Value : null;
    }

    private string FallbackLabel()
    {
        var items = ViewContext.HttpContext.Items;
        var count = (items[CounterKey] as int? ?? 0) + 1;
        items[CounterKey] = count;
        var title = ViewContext.ViewData["Title"] as string;
        var name = string.IsNullOrWhiteSpace(title) ? "表格" : title + "：表格";
        return count == 1 ? name : name + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"<caption\b[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\baria-label=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex AriaLabel();

    [GeneratedRegex(@"\baria-labelledby=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex AriaLabelledBy();
}
