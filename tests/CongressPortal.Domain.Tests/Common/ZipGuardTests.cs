using System.IO.Compression;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class ZipGuardTests
{
    private static readonly ZipLimits Small = new(MaxUnpackedBytes: 4 * 1024 * 1024, MaxEntries: 20, MaxRatio: 100, RatioFloorBytes: 1024 * 1024);

    [Fact]
    public void A_package_within_every_bound_passes()
    {
        var content = ZipBombs.Build("word/document.xml", 900 * 1024);

        var check = () => ZipGuard.Check(content, Small);

        check.Should().NotThrow("900 KB of zeros is below the 1 MB floor of the ratio rule and the 4 MB bound");
    }

    [Fact]
    public void A_package_declaring_more_than_the_bound_in_all_is_refused_before_anything_is_unpacked()
    {
        var content = ZipBombs.Build("word/document.xml", 5 * 1024 * 1024);
        var generous = Small with { MaxRatio = 10_000 };

        var check = () => ZipGuard.Check(content, generous);

        check.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(ZipGuard.TooLarge);
    }

    [Fact]
    public void An_entry_above_the_floor_that_packs_more_than_the_ratio_is_refused()
    {
        var content = ZipBombs.Build("xl/worksheets/sheet1.xml", 2 * 1024 * 1024);

        var check = () => ZipGuard.Check(content, Small);

        check.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(ZipGuard.TooLarge);
    }

    [Fact]
    public void A_package_with_too_many_entries_is_refused()
    {
        var content = ZipBombs.Build("word/document.xml", 10, extraEntries: 25);

        var check = () => ZipGuard.Check(content, Small);

        check.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(ZipGuard.TooLarge);
    }

    [Fact]
    public void A_package_whose_directory_understates_an_entry_is_caught_while_unpacking()
    {
        // The directory says 4 KB: every declared figure is harmless, only the bytes themselves tell the truth.
        var content = ZipBombs.Build("word/document.xml", 3 * 1024 * 1024, declaredBytes: 4096);
        using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
        {
            zip.GetEntry("word/document.xml")!.Length.Should().Be(4096, "the forged size is what a reader sees");
        }

        var check = () => ZipGuard.Check(content, Small);

        check.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(ZipGuard.TooLarge);
    }

    [Fact]
    public void The_default_bound_refuses_a_150_MB_bomb_honest_or_lying()
    {
        ZipLimits.Default.MaxUnpackedBytes.Should().Be(100L * 1024 * 1024);

        ((Action)(() => ZipGuard.Check(ZipBombs.Document, ZipLimits.Default))).Should().Throw<DomainRuleException>();
        ((Action)(() => ZipGuard.Check(ZipBombs.LyingDocument, ZipLimits.Default))).Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void What_is_not_a_zip_is_left_to_the_parser()
    {
        var pdf = "%PDF-1.4 not a zip"u8.ToArray();
        var broken = "PK\u0003\u0004 but nothing after"u8.ToArray();

        ((Action)(() => ZipGuard.Check(pdf, Small))).Should().NotThrow();
        ((Action)(() => ZipGuard.Check(broken, Small))).Should().NotThrow();
    }

    [Fact]
    public void A_stored_docx_that_is_a_bomb_is_refused_at_upload()
    {
        var accept = () => StoredFile.Accept("报告.docx", ZipBombs.LyingDocument, "测试", DateTimeOffset.UnixEpoch);

        accept.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(ZipGuard.TooLarge);
        ZipGuard.TooLarge.Code.Should().StartWith(FileMessages.Area + ".", "File.* refusals are shown next to the file input");
    }

    [Theory]
    [InlineData("报告.exe", FileKind.Pdf, "报告.pdf")]
    [InlineData("报告.pdf", FileKind.Pdf, "报告.pdf")]
    [InlineData("照片.JPEG", FileKind.Jpeg, "照片.JPEG")]
    [InlineData("照片.png", FileKind.Jpeg, "照片.jpg")]
    [InlineData("扫描件", FileKind.Pdf, "扫描件.pdf")]
    [InlineData("答复.pdf.exe", FileKind.Docx, "答复.pdf.docx")]
    public void The_extension_of_the_checked_kind_is_what_a_file_is_served_with(string uploaded, FileKind kind, string served)
    {
        FileSignature.NameFor(uploaded, kind).Should().Be(served);
    }
}
