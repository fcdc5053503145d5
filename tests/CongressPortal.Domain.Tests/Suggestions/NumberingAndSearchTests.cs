using System.IO.Compression;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Domain.Tests.Suggestions;

public sealed class NumberingAndSearchTests
{
    [Fact]
    public void The_default_patterns_number_per_session_and_per_year_between_sessions()
    {
        SuggestionNumbering.Format(SuggestionSettings.DefaultSessionPattern, 16, 5, 2026, 7).Should().Be("十六届五次会议第007号");
        SuggestionNumbering.Format(SuggestionSettings.DefaultBetweenSessionsPattern, 0, 0, 2026, 12).Should().Be("2026年闭会期间第012号");
        SuggestionNumbering.Format("{year}-{NNNN}", 16, 5, 2026, 1234).Should().Be("2026-1234");
        SuggestionNumbering.ScopeFor(SuggestionSource.DuringSession, 3, 2026).Should().NotBe(SuggestionNumbering.ScopeFor(SuggestionSource.BetweenSessions, null, 2026));
    }

    [Fact]
    public void A_pattern_without_a_sequence_is_refused()
    {
        var settings = SuggestionSettings.Defaults();
        var act = () => settings.Update("{year}年第号", SuggestionSettings.DefaultBetweenSessionsPattern, 5, 3, 6, 1, 5, 20, 2, 15);
        act.Should().Throw<DomainRuleException>().WithMessage("*序号占位符*");
    }

    [Fact]
    public void Chinese_text_is_indexed_as_overlapping_bigrams_and_latin_words_whole()
    {
        ChineseSearch.Index("加装电梯，PM2.5治理").Split(' ').Should().Equal("加装", "装电", "电梯", "pm2", "5", "治理");
    }

    [Fact]
    public void Repeated_words_keep_their_positions_so_a_later_phrase_still_matches()
    {
        // "电梯" first appears alone; the phrase 加装电梯 later must still be adjacent bigrams in the index.
        ChineseSearch.Index("电梯老化。建议加装电梯").Split(' ').Should().Equal("电梯", "梯老", "老化", "建议", "议加", "加装", "装电", "电梯");
    }

    [Fact]
    public void A_query_becomes_a_phrase_of_bigrams_and_a_single_character_a_prefix()
    {
        ChineseSearch.Query("电梯").Should().Be("电梯");
        ChineseSearch.Query("加装电梯").Should().Be("(加装 <-> 装电 <-> 电梯)");
        ChineseSearch.Query("梯 ABC").Should().Be("梯:* & abc:*");
        ChineseSearch.Query("  ，。 ").Should().BeNull();
        ChineseSearch.Query("'); drop table--").Should().Be("drop:* & table:*");
    }

    [Fact]
    public void For_a_large_table_the_index_query_needs_every_token_and_the_phrase_is_a_run_of_the_stored_text()
    {
        ChineseSearch.TokensQuery("加装电梯").Should().Be("加装 & 装电 & 电梯");
        ChineseSearch.TokensQuery("电梯 梯 ABC 电梯").Should().Be("电梯 & 梯:* & abc:*");
        ChineseSearch.TokensQuery("  ，。 ").Should().BeNull();
        ChineseSearch.Phrases("加装电梯 电梯 梯 ABC 加装电").Should().Equal("加装 装电 电梯", "加装 装电");
        ChineseSearch.Phrases("电梯").Should().BeEmpty();

        // The phrase is found where the bigrams are adjacent, not where they merely all occur.
        ChineseSearch.Index("建议加装电梯").Should().Contain(ChineseSearch.Phrases("加装电梯")[0]);
        ChineseSearch.Index("加装了电梯，装电表").Should().NotContain(ChineseSearch.Phrases("加装电梯")[0]);
        ChineseSearch.Index("电梯老化。建议加装电梯").Should().Contain(ChineseSearch.Phrases("加装电梯")[0]);
    }

    [Fact]
    public void Files_are_recognised_by_content_not_name()
    {
        FileSignature.Detect("%PDF-1.7\n..."u8.ToArray()).Should().Be(FileKind.Pdf);
        FileSignature.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]).Should().Be(FileKind.Jpeg);
        FileSignature.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).Should().Be(FileKind.Png);
        FileSignature.Detect("MZ\u0090\0 executable"u8.ToArray()).Should().BeNull();
        FileSignature.Detect(Zip(("readme.txt", "x"))).Should().BeNull("a ZIP that is not a Word document");
        FileSignature.Detect(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))).Should().Be(FileKind.Docx);
    }

    [Fact]
    public void Uploads_over_twenty_megabytes_or_of_another_kind_are_refused()
    {
        var now = DateTimeOffset.UnixEpoch;
        var big = new byte[StoredFile.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        var tooBig = () => StoredFile.Accept("大文件.pdf", big, "王工作", now);
        tooBig.Should().Throw<DomainRuleException>().WithRefusal(FileMessages.TooLarge);
        var renamed = () => StoredFile.Accept("答复函.pdf", "<html>"u8.ToArray(), "王工作", now);
        renamed.Should().Throw<DomainRuleException>().WithRefusal(FileMessages.WrongKind);
        var file = StoredFile.Accept("C:\\扫描\\建议原件.pdf", "%PDF-1.4"u8.ToArray(), "王工作", now);
        file.FileName.Should().Be("建议原件.pdf");
        file.ContentType.Should().Be("application/pdf");
        file.Sha256.Should().HaveLength(64);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
