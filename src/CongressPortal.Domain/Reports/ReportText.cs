using System.Buffers;
using System.Text;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// Character-level rules for report text. Normalisation keeps every visible character (so nothing is dropped) but
/// unifies the variants that would hide the outline or look wrong to readers:
/// full-width digits and letters become ASCII; every kind of space becomes one ASCII space (runs collapsed, ends trimmed);
/// zero-width characters go; a dash run opening a line (—, ―, －－, --) becomes ——; and , : ; ! ? ( ) next to a Chinese
/// character become their full-width forms (，：；！？（）), which leaves numbers such as 1,000 or 12:30 and web addresses alone.
/// The period is never converted: 1.5万 must stay a number.
/// </summary>
internal static class ReportText
{
    /// <summary>Punctuation that ends a sentence.</summary>
    public static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？");

    /// <summary>Where the first sentence of <paramref name="text"/> ends, searching from <paramref name="start"/>; -1 when it does not.</summary>
    public static int SentenceEnd(string text, int start = 0)
    {
        var found = text.AsSpan(start).IndexOfAny(SentenceEnds);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>A line ending in one of these is complete and is never joined to the next one.</summary>
    public const string Terminals = "。！？；：…”’）」』";

    public static bool IsHan(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf') or '〇';

    public static bool IsTerminated(string text) => text.Length > 0 && Terminals.Contains(text[^1], StringComparison.Ordinal);

    public static int CountHan(string text) => text.Count(IsHan);

    /// <summary>Normalises one line and says how many of its characters are still bold.</summary>
    public static (string Text, int Bold) NormaliseLine(string raw, int boldPrefix)
    {
        var chars = new List<(char Char, bool Bold)>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            var bold = i < boldPrefix;
            if (c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad') continue;
            if (c is (>= '\uff10' and <= '\uff19') or (>= '\uff21' and <= '\uff3a') or (>= '\uff41' and <= '\uff5a')) c = (char)(c - 0xfee0);
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (chars.Count == 0 || chars[^1].Char == ' ') continue;
                c = ' ';
            }
            chars.Add((c, bold));
        }
        while (chars.Count > 0 && chars[^1].Char == ' ') chars.RemoveAt(chars.Count - 1);

        NormaliseOpeningDash(chars);
        for (var i = 0; i < chars.Count; i++)
        {
            var wide = Widen(chars[i].Char);
            if (wide != chars[i].Char && (IsChineseNeighbour(chars, i, -1) || IsChineseNeighbour(chars, i, +1))) chars[i] = (wide, chars[i].Bold);
        }

        var text = new StringBuilder(chars.Count);
        var boldCount = 0;
        foreach (var (c, bold) in chars)
        {
            if (bold && boldCount == text.Length) boldCount++;
            text.Append(c);
        }
        return (text.ToString(), boldCount);
    }

    private static void NormaliseOpeningDash(List<(char Char, bool Bold)> chars)
    {
        var run = 0;
        while (run < chars.Count && chars[run].Char is '—' or '―' or '─' or '－' or '-') run++;
        var hyphensOnly = chars.Take(run).All(c => c.Char == '-');
        if (run == 0 || (hyphensOnly && run < 2) || run > 3) return;
        var bold = chars[0].Bold;
        chars.RemoveRange(0, run);
        chars.InsertRange(0, [('—', bold), ('—', bold)]);
    }

    private static char Widen(char c) => c switch
    {
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '!' => '！',
        '?' => '？',
        '(' => '（',
        ')' => '）',
        _ => c,
    };

    private static bool IsChineseNeighbour(List<(char Char, bool Bold)> chars, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < chars.Count; i += step)
        {
            var c = chars[i].Char;
            if (c == ' ') continue;
            return IsHan(c) || "“”‘’《》〈〉、。，：；！？（）【】".Contains(c, StringComparison.Ordinal);
        }
        return false;
    }
}
