using System.Globalization;
using System.Text;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

/// <summary>Whatever staff bring in, every visible character reaches the outline, in order, and nothing is added.</summary>
public sealed class NothingDroppedTests
{
    public static TheoryData<string> Fixtures => new(ReportFixtures.Names);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_visible_character_of_the_input_appears_in_the_outline_in_order(string fixture)
    {
        var text = ReportFixtures.Text(fixture);

        var outline = OutlineDetector.Detect(text);

        Fold(outline.PlainText).Should().Be(Fold(text));
    }

    [Fact]
    public void Every_visible_character_of_a_Word_file_appears_in_the_outline_in_order()
    {
        var paragraphs = ReportFixtures.WordParagraphs();

        var outline = OutlineDetector.Detect(paragraphs);

        Fold(outline.PlainText).Should().Be(Fold(string.Concat(paragraphs.Select(p => p.Text))));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Items_and_lead_sentences_are_views_of_the_paragraph_text(string fixture)
    {
        foreach (var block in OutlineDetector.Detect(ReportFixtures.Text(fixture)).Blocks)
        {
            if (block.LeadSentence is { } lead) block.Text.Should().StartWith(lead);
            foreach (var item in block.Items) block.Text[item.Offset..].Should().StartWith(item.Text);
        }
    }

    [Fact]
    public void The_fold_used_here_is_strict_enough_to_see_a_lost_character() =>
        Fold("一、依法履职。").Should().NotBe(Fold("一、依法履。"));

    // The comparison ignores what normalisation is allowed to change: spacing, the width of punctuation and digits,
    // the delimiter after a number (一、 一, 1. 1． 1、) and the length of a dash.
    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            var unified = c switch
            {
                '、' or '.' => ',',
                '—' or '―' or '─' or '-' => '-',
                _ => c,
            };
            if (unified == '-' && folded.Length > 0 && folded[^1] == '-') continue;
            folded.Append(unified);
        }
        return folded.ToString();
    }
}
