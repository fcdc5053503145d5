using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Pages.Staff.Shared;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CongressPortal.Web.Tests.Infrastructure;

public sealed class StatuteInputTests
{
    private const string Sample = """
        示例市河道管理条例
        （2020年6月30日示例市第十届人民代表大会常务委员会第二十次会议通过　2020年9月25日某省人民代表大会常务委员会第十八次会议批准）
        第一章　总则
        第一条　为了加强河道管理，制定本条例。
        第二条　本条例适用于本市行政区域内的河道。
        本条例所称河道，包括湖泊、人工水道。
        第二章　管理
        第三条　禁止下列行为：
        （一）倾倒垃圾；
        （二）围河造地。
        """;

    private static FormFile Upload(byte[] content, string name = "条例.docx") =>
        new(new MemoryStream(content), 0, content.Length, "Text.File", name);

    [Fact]
    public async Task Detecting_a_paste_fills_one_line_and_one_kind_per_line_and_clears_the_paste()
    {
        var input = new StatuteInput { Pasted = Sample };

        var refusal = await input.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None);

        refusal.Should().BeNull();
        input.Detected.Should().BeTrue();
        input.Pasted.Should().BeNull();
        input.LineText.Should().HaveCount(10);
        input.LineKind.Should().Equal(
            StatuteLineKind.Title, StatuteLineKind.Note, StatuteLineKind.Chapter, StatuteLineKind.Article, StatuteLineKind.Article,
            StatuteLineKind.Paragraph, StatuteLineKind.Chapter, StatuteLineKind.Article, StatuteLineKind.Item, StatuteLineKind.Item);
        input.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task The_posted_lines_with_a_corrected_kind_are_the_text_resolved()
    {
        var detected = new StatuteInput { Pasted = Sample };
        await detected.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None);
        // As posted back: the same lists, staff having turned the second chapter heading into a preamble line.
        var kinds = detected.LineKind.ToList();
        kinds[6] = StatuteLineKind.Preamble;
        var posted = new StatuteInput { LineText = [.. detected.LineText], LineKind = kinds };

        var text = posted.Resolve();

        text.Lines.Select(l => l.Text).Should().Equal(detected.LineText);
        text.Lines[6].Kind.Should().Be(StatuteLineKind.Preamble);
        text.Articles.Should().HaveCount(3);
        text.Articles[2].Chapter.Should().Be("第一章", "the second chapter heading is no longer a chapter");
    }

    [Fact]
    public void Before_detection_the_paste_is_detected_on_resolve_and_nothing_gives_the_empty_text()
    {
        new StatuteInput { Pasted = Sample }.Resolve().Articles.Should().HaveCount(3);
        new StatuteInput().Resolve().Should().BeSameAs(StatuteText.Empty);
    }

    [Fact]
    public void A_file_chosen_but_not_read_is_refused_on_resolve_next_to_the_file_input()
    {
        var input = new StatuteInput { File = Upload(ReportSamples.Docx(("", "第一条　内容。"))) };

        var refusal = input.Invoking(i => i.Resolve()).Should().Throw<DomainRuleException>().Which.Refusal;

        var modelState = new ModelStateDictionary();
        input.AddTo(modelState, refusal);
        modelState.Keys.Should().Equal("Text.File");
    }

    [Fact]
    public async Task A_word_file_is_read_and_detected_and_wins_over_the_paste()
    {
        var docx = ReportSamples.Docx(("", "示例市河道管理条例"), ("", "第一章　总则"), ("第一条", "　为了加强河道管理，制定本条例。"), ("", "第二条　为了……"));
        var input = new StatuteInput { Pasted = "第一条　不用的文字。", File = Upload(docx) };

        (await input.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None)).Should().BeNull();

        input.File.Should().BeNull();
        input.LineText.Should().Equal("示例市河道管理条例", "第一章　总则", "第一条　为了加强河道管理，制定本条例。", "第二条　为了……");
        input.LineKind.Should().Equal(StatuteLineKind.Title, StatuteLineKind.Chapter, StatuteLineKind.Article, StatuteLineKind.Article);
    }

    [Fact]
    public async Task A_file_that_is_not_a_docx_is_refused_as_a_refusal_of_the_file()
    {
        var input = new StatuteInput { File = Upload("not a word file"u8.ToArray(), "条例.doc") };

        var refusal = await input.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None);

        refusal.Should().NotBeNull();
        var modelState = new ModelStateDictionary();
        input.AddTo(modelState, refusal!);
        modelState.Keys.Should().Equal("Text.File");
        input.Detected.Should().BeFalse();
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_a_message_about_the_regulation()
    {
        var input = new StatuteInput { File = Upload([]) };

        var refusal = await input.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None);

        refusal!.Message.Should().Contain("法规文本");
    }

    [Fact]
    public async Task Nothing_to_detect_is_refused_on_the_text_as_a_whole()
    {
        var input = new StatuteInput { Pasted = "  \n " };

        var refusal = await input.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None);

        refusal.Should().Be(LegislationMessages.NothingToImport);
        var modelState = new ModelStateDictionary();
        input.AddTo(modelState, refusal!);
        modelState.Keys.Should().Equal("Text");
    }

    [Fact]
    public async Task Restart_puts_the_lines_back_as_text_and_detecting_it_again_gives_the_same_lines()
    {
        var input = new StatuteInput { Pasted = Sample };
        await input.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None);
        var lines = input.LineText.ToList();
        var posted = new StatuteInput { LineText = lines, LineKind = [.. input.LineKind], Restart = true };

        (await posted.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None)).Should().BeNull();

        posted.Detected.Should().BeFalse();
        posted.Restart.Should().BeFalse();
        posted.Pasted.Should().Be(string.Join('\n', lines));
        (await posted.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None)).Should().BeNull();
        posted.LineText.Should().Equal(lines);
    }

    [Fact]
    public async Task Updating_the_preview_keeps_the_posted_lines_and_warns_from_the_kinds_as_corrected()
    {
        var posted = new StatuteInput
        {
            LineText = ["第一条　甲。", "第三条　乙。"],
            LineKind = [StatuteLineKind.Article, StatuteLineKind.Article],
        };

        (await posted.DetectAsync(CongressPortal.Domain.Common.ZipLimits.Default, CancellationToken.None)).Should().BeNull();

        posted.LineText.Should().Equal("第一条　甲。", "第三条　乙。");
        posted.Warnings.Should().ContainSingle().Which.Should().Contain("第三条");
    }

    [Fact]
    public void Warnings_of_posted_lines_are_recomputed_and_a_missing_kind_keeps_its_text_as_a_paragraph()
    {
        var posted = new StatuteInput { LineText = ["第一条　甲。", "第二款的文字。"], LineKind = [StatuteLineKind.Article] };

        var text = posted.Resolve();

        text.Lines.Should().Equal(new StatuteLine(StatuteLineKind.Article, "第一条　甲。"), new StatuteLine(StatuteLineKind.Paragraph, "第二款的文字。"));
        posted.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_line_too_long_is_refused_on_the_text_and_the_preview_is_left_out()
    {
        var posted = new StatuteInput { LineText = [new string('字', StatuteText.MaxLineLength + 1)], LineKind = [StatuteLineKind.Preamble] };

        posted.Invoking(p => p.Resolve()).Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Text");
        posted.Preview().Should().BeNull();
        posted.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Loading_a_stored_text_shows_its_lines()
    {
        var stored = StatuteDetector.Detect(Sample).Text;
        var input = new StatuteInput();

        input.Load(stored);

        input.Resolve().Lines.Should().Equal(stored.Lines);
    }

    [Fact]
    public void Every_kind_has_a_label_in_the_select()
    {
        StatuteInput.Kinds.Select(k => k.Kind).Should().BeEquivalentTo(Enum.GetValues<StatuteLineKind>());
        StatuteInput.Kinds.Select(k => k.Label).Should().Equal("标题", "题注", "目录", "序言", "章", "节", "条", "款", "项");
    }

    [Fact]
    public void Setting_aside_errors_keeps_what_was_typed()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.HeldOn", "2027-13-40", "2027-13-40");
        modelState.AddModelError("Input.HeldOn", "日期不对");

        StatuteInput.SetAsideErrors(modelState);

        modelState.IsValid.Should().BeTrue();
        modelState["Input.HeldOn"]!.AttemptedValue.Should().Be("2027-13-40");
    }
}
