using Microsoft.AspNetCore.Html;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// A window of text around the first matching search term, cut into plain and matching pieces for &lt;mark&gt;
/// (the work report search and the supervision search show hits the same way).
/// </summary>
public static class SearchHighlight
{
    public const int Context = 60;

    /// <summary>The pieces around the first term found; null when none of <paramref name="terms"/> occurs in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(string Text, bool Match)>? Pieces(string? text, IReadOnlyList<string> terms, int context = Context)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrEmpty(text) || terms.Count == 0) return null;
        var found = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).ToList();
        if (found.Count == 0) return null;
        var first = found.Min();
        var start = Math.Max(0, first - context);
        var end = Math.Min(text.Length, first + (context * 2));
        var window = text[start..end];
        var pieces = new List<(string, bool)>();
        if (start > 0) pieces.Add(("…", false));
        var position = 0;
        while (position < window.Length)
        {
            var next = terms.Select(t => (Term: t, At: window.IndexOf(t, position, StringComparison.OrdinalIgnoreCase)))
                .Where(m => m.At >= 0).OrderBy(m => m.At).ThenByDescending(m => m.Term.Length).FirstOrDefault();
            if (next.Term is null)
            {
                pieces.Add((window[position..], false));
                break;
            }
            if (next.At > position) pieces.Add((window[position..next.At], false));
            pieces.Add((window.Substring(next.At, next.Term.Length), true));
            position = next.At + next.Term.Length;
        }
        if (end < text.Length) pieces.Add(("…", false));
        return pieces;
    }

    /// <summary>The pieces as HTML, each encoded, the matches in &lt;mark&gt;, with no white space between them (inside a heading or a link).</summary>
    public static IHtmlContent Html(IReadOnlyList<(string Text, bool Match)> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var html = new HtmlContentBuilder();
        foreach (var (text, match) in pieces)
        {
            if (match) html.AppendHtml("<mark>").Append(text).AppendHtml("</mark>");
            else html.Append(text);
        }
        return html;
    }
}
