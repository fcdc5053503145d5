using System.ComponentModel;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("法规或草案的一条。")]
public sealed record StatuteArticleDocument
{
    [Description("条的序号，如“第十二条”“第十二条之一”。")] public required string Label { get; init; }
    [Description("条号（数字）。")] public required int Number { get; init; }
    [Description("“之几”的序号；没有时为 0。")] public required int SubNumber { get; init; }
    [Description("所在章，如“第二章　保护措施”；不分章时为 null。")] public string? Chapter { get; init; }
    [Description("所在节，如“第一节　一般规定”；不分节时为 null。")] public string? Section { get; init; }
    [Description("条文内容（不含条的序号），每款、每项一行。")] public required string Text { get; init; }
    [ApiLink, Description("网站上该条的网页地址。")] public required string Web { get; init; }

    /// <summary>
    /// The articles of a text as the library's statute parsing reads them, each with the heading of its chapter and section
    /// (label and title, as printed) and its anchor on <paramref name="page"/>.
    /// </summary>
    public static IReadOnlyList<StatuteArticleDocument> Of(StatuteText text, string page)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chapters = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new Dictionary<(string? Chapter, string Section), string>();
        string? chapter = null;
        foreach (var heading in text.Headings)
        {
            var printed = $"{heading.Label}　{heading.Title}";
            if (heading.Kind == StatuteLineKind.Chapter) chapters.TryAdd(chapter = heading.Label, printed);
            else if (heading.Kind == StatuteLineKind.Section) sections.TryAdd((chapter, heading.Label), printed);
        }
        return [.. text.Articles.Select(a => new StatuteArticleDocument
        {
            Label = a.Label, Number = a.Number, SubNumber = a.SubNumber,
            Chapter = a.Chapter is { } c ? chapters.GetValueOrDefault(c, c) : null,
            Section = a.Section is { } s ? sections.GetValueOrDefault((a.Chapter, s), s) : null,
            Text = a.BodyText, Web = $"{page}#{Uri.EscapeDataString(a.Anchor)}",
        })];
    }
}
