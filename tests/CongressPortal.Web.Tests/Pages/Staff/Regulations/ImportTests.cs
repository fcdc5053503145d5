using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Staff.Regulations;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Regulations;

public sealed class ImportTests(PortalAppFactory app) : RegulationTest(app)
{
    private static IReadOnlyList<(string Name, string? Value)> Facts(string announcement = "示例市人大常委会公告第7号", string title = "") =>
    [
        ("Input.Field", nameof(LegislativeField.Ecology)),
        ("Input.Title", title),
        ("Input.AnnouncementNumber", announcement),
        ("Input.PassedOn", "2019-06-28"),
        ("Input.ApprovedOn", "2019-09-26"),
        ("Input.PromulgatedOn", "2019-10-08"),
        ("Input.EffectiveOn", "2020-01-01"),
        ("Input.ChangeSummary", "录入制定时的文本。"),
    ];

    [Fact]
    public async Task Staff_paste_a_text_see_what_was_detected_correct_a_kind_and_save_a_draft_with_the_kind_as_corrected()
    {
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(ImportPage);

        using var detected = await ClickAsync(staff, form, "#import-form", "button[formaction*='Detect']", [.. Facts(), ("Input.Text.Pasted", SampleText())]);
        var preview = await RefusedAsync(detected);
        LineTexts(preview, "Input").Should().HaveCount(11).And.StartWith(SampleTitle);
        LineKinds(preview, "Input").Should().Equal(
            "Title", "Note", "Chapter", "Article", "Article", "Paragraph", "Chapter", "Article", "Item", "Item", "Article");
        Value(preview, "Input.AnnouncementNumber").Should().Be("示例市人大常委会公告第7号", "what was typed beside the text stays");
        preview.QuerySelector(".statute-input-preview")!.TextContent.Should().Contain("第三条");

        // Staff decide the second chapter heading is a line of the preamble (line 7).
        using var saved = await PostAsync(staff, preview, "#import-form", [.. KindsWith(preview, "Input", 6, StatuteLineKind.Preamble)]);
        var id = RedirectedRegulation(saved);

        var regulation = await SavedAsync(id);
        regulation.State.Should().Be(RegulationState.Draft);
        regulation.Title.Should().Be(SampleTitle, "without a typed title the text's title line names the regulation");
        regulation.Field.Should().Be(LegislativeField.Ecology);
        var version = regulation.Versions.Should().ContainSingle().Subject;
        version.IsPublished.Should().BeFalse();
        version.Kind.Should().Be(LegislationKind.Enact);
        version.AnnouncementNumber.Should().Be("示例市人大常委会公告第7号");
        (version.PassedOn, version.ApprovedOn, version.PromulgatedOn, version.EffectiveOn).Should().Be(
            (new DateOnly(2019, 6, 28), new DateOnly(2019, 9, 26), new DateOnly(2019, 10, 8), new DateOnly(2020, 1, 1)));
        version.ChangeSummary.Should().Be("录入制定时的文本。");
        var text = version.Text();
        text.Lines[6].Kind.Should().Be(StatuteLineKind.Preamble, "the kind staff chose is saved as chosen");
        text.Articles.Should().HaveCount(4);
        text.Articles[2].Chapter.Should().Be("第一章");
    }

    [Fact]
    public async Task A_pasted_text_saved_without_the_preview_is_detected_on_saving()
    {
        using var staff = await StaffAsync();

        using var saved = await PostAsync(staff, ImportPage, "#import-form", [.. Facts(title: "示例市古树名木保护条例（录入）"), ("Input.Text.Pasted", SampleText())]);

        var regulation = await SavedAsync(RedirectedRegulation(saved));
        regulation.Title.Should().Be("示例市古树名木保护条例（录入）");
        regulation.Versions.Single().ArticleCount.Should().Be(4);
    }

    [Fact]
    public async Task A_Word_file_is_read_shown_line_by_line_and_saved()
    {
        using var staff = await StaffAsync();
        var docx = ReportSamples.Docx(
            ("", "示例市河道管理条例"),
            ("", "第一条　为了加强河道管理，制定本条例。"),
            ("", "第二条　本条例适用于本市行政区域内的河道。"),
            ("", "（一）倾倒垃圾；"),
            ("", "第三条　本条例自2020年1月1日起施行。"));
        var form = await staff.GetDocumentAsync(ImportPage);

        using var detected = await ClickAsync(staff, form, "#import-form", "button[formaction*='Detect']", [.. Facts()], [("Input.Text.File", "河道管理条例.docx", docx)]);
        var preview = await RefusedAsync(detected);
        LineTexts(preview, "Input").Should().Equal("示例市河道管理条例", "第一条　为了加强河道管理，制定本条例。", "第二条　本条例适用于本市行政区域内的河道。",
            "（一）倾倒垃圾；", "第三条　本条例自2020年1月1日起施行。");
        LineKinds(preview, "Input").Should().Equal("Title", "Article", "Article", "Item", "Article");

        using var saved = await PostAsync(staff, preview, "#import-form", []);
        var regulation = await SavedAsync(RedirectedRegulation(saved));
        regulation.Title.Should().Be("示例市河道管理条例");
        regulation.Versions.Single().Text().Articles.Select(a => a.Label).Should().Equal("第一条", "第二条", "第三条");
    }

    [Fact]
    public async Task A_Word_file_chosen_but_not_read_is_refused_next_to_the_file_and_nothing_is_saved()
    {
        using var staff = await StaffAsync();
        var docx = ReportSamples.Docx(("", "第一条　内容。"));

        using var refused = await PostAsync(staff, ImportPage, "#import-form", [.. Facts()], [("Input.Text.File", "条例.docx", docx)]);

        var page = await RefusedAsync(refused);
        page.FieldError("Input.Text.File").Should().NotBeEmpty();
        Value(page, "Input.AnnouncementNumber").Should().Be("示例市人大常委会公告第7号");
        (await CountAsync<Regulation>()).Should().Be(0);
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        // field, value, the field's key, the message
        { "Input.EffectiveOn", "2019-10-01", "Input.EffectiveOn", LegislationMessages.EffectiveBeforePromulgation.Message },
        { "Input.PromulgatedOn", "2026-03-03", "Input.PromulgatedOn", LegislationMessages.PromulgatedInFuture.Message },
        { "Input.ApprovedOn", "2019-10-20", "Input.PromulgatedOn", LegislationMessages.PromulgatedBeforeApproval.Message },
        { "Input.PassedOn", "2019-09-30", "Input.ApprovedOn", LegislationMessages.ApprovedBeforePassing.Message },
        { "Input.AnnouncementNumber", "", "Input.AnnouncementNumber", "请填写公告编号" },
        { "Input.Field", "", "Input.Field", ImportModel.FieldRequired },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refusal_shows_next_to_its_field_and_keeps_everything_typed_including_the_lines(string field, string value, string key, string message)
    {
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(ImportPage);
        using var detected = await ClickAsync(staff, form, "#import-form", "button[formaction*='Detect']", [.. Facts(), ("Input.Text.Pasted", SampleText())]);
        var preview = await RefusedAsync(detected);

        using var refused = await PostAsync(staff, preview, "#import-form", [(field, value), .. KindsWith(preview, "Input", 6, StatuteLineKind.Preamble)]);

        var page = await RefusedAsync(refused);
        page.FieldError(key).Should().Be(message);
        Value(page, "Input.ChangeSummary").Should().Be("录入制定时的文本。");
        Value(page, field).Should().Be(value);
        LineTexts(page, "Input").Should().Equal(LineTexts(preview, "Input"));
        LineKinds(page, "Input")[6].Should().Be("Preamble", "the kind staff corrected is kept too");
        (await CountAsync<Regulation>()).Should().Be(0);
    }

    [Fact]
    public async Task A_text_without_articles_is_refused_next_to_the_text()
    {
        using var staff = await StaffAsync();

        using var refused = await PostAsync(staff, ImportPage, "#import-form", [.. Facts(), ("Input.Text.Pasted", "示例市古树名木保护条例\n这里没有任何条文。")]);

        var page = await RefusedAsync(refused);
        TextError(page, "Input").Should().Be(LegislationMessages.DraftTextRequired.Message);
        Value(page, "Input.AnnouncementNumber").Should().Be("示例市人大常委会公告第7号");
    }

    [Fact]
    public async Task A_公告_number_already_used_by_a_version_or_by_a_repeal_is_refused_next_to_it()
    {
        var repealed = await PublishedAsync("示例市人大常委会公告第1号");
        await ActAsync(repealed, (store, version) => store.RepealAsync(repealed, version,
            new RepealDraft("示例市人大常委会公告第2号", new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1), "上位法已废止。"), null, Clerk, default));
        using var staff = await StaffAsync();

        // Numbers are compared as normalised: a full-width space or digit makes no difference.
        foreach (var taken in new[] { "示例市人大常委会公告第1号", "示例市人大常委会公告 第２号" })
        {
            using var refused = await PostAsync(staff, ImportPage, "#import-form", [.. Facts(taken), ("Input.Text.Pasted", SampleText("示例市另一部条例"))]);
            var page = await RefusedAsync(refused);
            page.FieldError("Input.AnnouncementNumber").Should().Be(LegislationMessages.DuplicateAnnouncement.Message, taken);
            Value(page, "Input.Text.Pasted").Should().Contain("示例市另一部条例");
        }
        (await CountAsync<Regulation>()).Should().Be(1);
    }

    [Fact]
    public async Task Two_entries_with_one_公告_at_once_save_one_and_refuse_the_other_with_the_same_message()
    {
        // Both may pass the check before either is saved: then the unique index decides, and says the same.
        var draft = Draft("示例市人大常委会公告第9号", new DateOnly(2019, 10, 1));
        Task<Web.Infrastructure.CommandResult<int>> Enter() =>
            ServiceAsync<Web.Data.Queries.RegulationStore, Web.Infrastructure.CommandResult<int>>(store =>
                store.CreateAsync(LegislativeField.Ecology, draft, Statute(), null, Clerk, default));

        var results = await Task.WhenAll(Enter(), Enter());

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Single(r => !r.IsSuccess).Refusal.Should().Be(LegislationMessages.DuplicateAnnouncement);
        (await CountAsync<Regulation>()).Should().Be(1);
    }

    [Fact]
    public async Task Entering_a_regulation_writes_audit_rows_under_the_staff_member()
    {
        using var staff = await StaffAsync("李法规");

        using var saved = await PostAsync(staff, ImportPage, "#import-form", [.. Facts(), ("Input.Text.Pasted", SampleText())]);
        var id = RedirectedRegulation(saved);

        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Regulation) || a.EntityType == nameof(RegulationVersion)).ToListAsync());
        audit.Should().Contain(a => a.EntityType == nameof(Regulation) && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Created);
        audit.Should().Contain(a => a.EntityType == nameof(RegulationVersion) && a.Action == AuditAction.Created);
        audit.Should().AllSatisfy(a => a.UserName.Should().StartWith("李法规"));
    }

    private static int RedirectedRegulation(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "the regulation should be saved");
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/Staff/Regulations/Details/");
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Word_file_that_is_a_zip_bomb_is_refused_next_to_the_file_and_the_facts_typed_are_kept(bool lyingHeader)
    {
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(ImportPage);

        using var detected = await ClickAsync(staff, form, "#import-form", "button[formaction*='Detect']", [.. Facts()],
            [("Input.Text.File", "条例.docx", lyingHeader ? ZipBombs.LyingDocument : ZipBombs.Document)]);

        var page = await RefusedAsync(detected);
        page.FieldError("Input.Text.File").Should().Be(ZipGuard.TooLarge.Message);
        Value(page, "Input.AnnouncementNumber").Should().Be("示例市人大常委会公告第7号");
        (await CountAsync<Regulation>()).Should().Be(0);
    }
}
