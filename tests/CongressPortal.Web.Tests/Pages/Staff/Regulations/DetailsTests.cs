using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Regulations;

public sealed class DetailsTests(PortalAppFactory app) : RegulationTest(app)
{
    private static IReadOnlyList<(string Name, string? Value)> NewVersion(string announcement = "示例市人大常委会公告第20号", string promulgated = "2025-12-01",
        string effective = "2026-01-01") =>
    [
        ("AddVersion.Kind", nameof(LegislationKind.Amend)),
        ("AddVersion.AnnouncementNumber", announcement),
        ("AddVersion.PassedOn", "2025-09-26"),
        ("AddVersion.ApprovedOn", "2025-11-27"),
        ("AddVersion.PromulgatedOn", promulgated),
        ("AddVersion.EffectiveOn", effective),
        ("AddVersion.ChangeSummary", "第四条增加一款。"),
    ];

    private static IReadOnlyList<(string Name, string? Value)> RepealFields(string announcement = "示例市人大常委会公告第30号", string promulgated = "2026-02-10",
        string repealed = "2026-03-01") =>
    [
        ("Repeal.AnnouncementNumber", announcement),
        ("Repeal.PromulgatedOn", promulgated),
        ("Repeal.RepealedOn", repealed),
        ("Repeal.Reason", "已被新制定的条例取代。"),
    ];

    [Fact]
    public async Task A_draft_shows_its_pending_text_with_what_to_check_and_publishing_it_puts_it_in_the_public_library()
    {
        var id = await StoreAsync(store => store.CreateAsync(LegislativeField.Ecology,
            Draft("示例市人大常委会公告第1号", new DateOnly(2019, 10, 1)), Statute(extra: "\n第六条　本条例自2020年1月1日起施行。"), null, Clerk, default));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(DetailsPage(id));
        Text(page, "#state-badge").Should().Be("未公开");
        Text(page, "#regulation-status").Should().Be("未公开");
        Text(page, "#versions").Should().Contain("第1版").And.Contain("制定").And.Contain("示例市人大常委会公告第1号").And.Contain("待公开");
        page.QuerySelector("#regulation-text .statute")!.TextContent.Should().Contain("第三条");
        page.QuerySelector("#regulation-text #第三条").Should().NotBeNull("articles keep their anchors");
        Text(page, "#text-warnings").Should().Contain("第四条之后是第六条");
        Text(page, "#publish-articles").Should().Contain("5 条").And.Contain("1 处需要核对");
        Text(page, "#publish-summary").Should().Contain("2019年10月1日").And.Contain("2019年10月31日");
        page.QuerySelector("#edit-version-link").Should().NotBeNull();
        page.QuerySelector("#form-addversion").Should().BeNull("a regulation never published cannot be amended yet");
        page.QuerySelector("#form-repeal").Should().BeNull();
        (await SearchAsync("古树")).Should().BeEmpty("a draft is not in the public library");

        using (var published = await PostAsync(staff, page, "#form-publish", []))
            ShouldRedirect(published, DetailsPage(id));

        var regulation = await SavedAsync(id);
        regulation.State.Should().Be(RegulationState.Published);
        regulation.Versions.Single().IsPublished.Should().BeTrue();
        (await SearchAsync("古树")).Select(r => r.Id).Should().Equal(id);
        (await SearchAsync("剥损树皮")).Select(r => r.Id).Should().Equal([id], "the library searches the text too");
        var shown = await staff.GetDocumentAsync(DetailsPage(id));
        Text(shown, "#state-badge").Should().Be("已公开");
        Text(shown, "#regulation-status").Should().Be("现行有效");
        shown.QuerySelector("#form-publish").Should().BeNull();
        shown.QuerySelector("#form-addversion").Should().NotBeNull();
        shown.QuerySelector("#form-repeal").Should().NotBeNull();
    }

    [Fact]
    public async Task A_new_version_starts_from_the_current_text_and_is_saved_pending_then_published_with_the_earlier_one_amended()
    {
        var id = await PublishedAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(DetailsPage(id));

        using var started = await ClickAsync(staff, page, "#form-addversion", "#start-from-current", [.. NewVersion()]);
        var loaded = await RefusedAsync(started);
        loaded.QuerySelector("#text-read").Should().NotBeNull();
        LineTexts(loaded, "AddVersion").Should().Equal(Statute().Lines.Select(l => l.Text));
        LineKinds(loaded, "AddVersion").Should().Equal(Statute().Lines.Select(l => l.Kind.ToString()));
        Value(loaded, "AddVersion.AnnouncementNumber").Should().Be("示例市人大常委会公告第20号");
        Value(loaded, "AddVersion.Title").Should().Be(SampleTitle);

        // Staff go back to the text box to edit the current text: 重新识别 puts the lines there.
        using var restarted = await ClickAsync(staff, loaded, "#form-addversion", "button[name='AddVersion.Text.Restart']", []);
        var editing = await RefusedAsync(restarted);
        var amended = Value(editing, "AddVersion.Text.Pasted") + "\n违反第三条规定，情节严重的，处五千元以上五万元以下罚款。";
        Value(editing, "AddVersion.ChangeSummary").Should().Be("第四条增加一款。");

        using var saved = await PostAsync(staff, editing, "#form-addversion", [("AddVersion.Text.Pasted", amended)]);
        ShouldRedirect(saved, DetailsPage(id));
        var regulation = await SavedAsync(id);
        var pending = regulation.PendingVersion!;
        pending.Number.Should().Be(2);
        pending.Kind.Should().Be(LegislationKind.Amend);
        pending.AnnouncementNumber.Should().Be("示例市人大常委会公告第20号");
        pending.Text().Articles[3].Body.Should().HaveCount(2, "第四条 has its new paragraph");
        pending.ChangeSummary.Should().Be("第四条增加一款。");

        var withPending = await staff.GetDocumentAsync(DetailsPage(id));
        Text(withPending, "#regulation-state").Should().Contain("有待公开的版本");
        Text(withPending, "#addversion-refused").Should().Be(LegislationMessages.PendingVersionExists.Message);
        Text(withPending, "#repeal-refused").Should().Be(LegislationMessages.PendingVersionExists.Message);

        using (var published = await PostAsync(staff, withPending, "#form-publish", []))
            ShouldRedirect(published, DetailsPage(id));
        var shown = await staff.GetDocumentAsync(DetailsPage(id));
        Text(shown, "#version-1 .version-status").Should().Contain("已修改");
        Text(shown, "#version-2 .version-status").Should().Contain("现行有效");
        Text(shown, "#published-count").Should().Be("2 个");
        if (shown.QuerySelector("#compare-link") is { } compare)
            compare.GetAttribute("href").Should().Contain("from=1").And.Contain("to=2");
        (await SavedAsync(id)).Versions.Should().OnlyContain(v => v.IsPublished);
    }

    public static TheoryData<string, string, string, string> VersionRefusals => new()
    {
        // field, value, where the message goes, the message
        { "AddVersion.PromulgatedOn", "2019-10-01", "AddVersion.PromulgatedOn", LegislationMessages.VersionNotAfterPrevious.Message },
        { "AddVersion.EffectiveOn", "2025-11-30", "AddVersion.EffectiveOn", LegislationMessages.EffectiveBeforePromulgation.Message },
        { "AddVersion.AnnouncementNumber", "示例市人大常委会公告第1号", "AddVersion.AnnouncementNumber", LegislationMessages.DuplicateAnnouncement.Message },
        { "AddVersion.PromulgatedOn", "", "AddVersion.PromulgatedOn", "请填写公布日期" },
    };

    [Theory]
    [MemberData(nameof(VersionRefusals))]
    public async Task A_refused_new_version_shows_why_next_to_the_field_and_keeps_the_text_lines(string field, string value, string key, string message)
    {
        var id = await PublishedAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(DetailsPage(id));
        using var detected = await ClickAsync(staff, page, "#form-addversion", "button[formaction*='Detect']:not([name])",
            [.. NewVersion(), ("AddVersion.Text.Pasted", SampleText(extra: "\n本条例自公布之日起施行。"))]);
        var preview = await RefusedAsync(detected);

        using var refused = await PostAsync(staff, preview, "#form-addversion", [(field, value), .. KindsWith(preview, "AddVersion", 1, StatuteLineKind.Preamble)]);

        var shown = await RefusedAsync(refused);
        shown.FieldError(key).Should().Be(message);
        shown.QuerySelector("#form-failed").Should().NotBeNull();
        Value(shown, field).Should().Be(value);
        Value(shown, "AddVersion.ChangeSummary").Should().Be("第四条增加一款。");
        LineTexts(shown, "AddVersion").Should().Equal(LineTexts(preview, "AddVersion"));
        LineKinds(shown, "AddVersion")[1].Should().Be("Preamble");
        (await SavedAsync(id)).Versions.Should().ContainSingle();
    }

    [Fact]
    public async Task A_new_version_without_articles_is_refused_next_to_its_text()
    {
        var id = await PublishedAsync();
        using var staff = await StaffAsync();

        using var refused = await PostAsync(staff, DetailsPage(id), "#form-addversion", [.. NewVersion(), ("AddVersion.Text.Pasted", "修改后的文本还没有找到。")]);

        var page = await RefusedAsync(refused);
        TextError(page, "AddVersion").Should().Be(LegislationMessages.DraftTextRequired.Message);
        Value(page, "AddVersion.Text.Pasted").Should().Be("修改后的文本还没有找到。");
    }

    [Fact]
    public async Task The_repeal_is_refused_next_to_its_fields_then_recorded_and_a_repealed_regulation_cannot_be_amended()
    {
        var other = await PublishedAsync("示例市人大常委会公告第3号", title: "示例市河道管理条例");
        var id = await PublishedAsync("示例市人大常委会公告第1号", new DateOnly(2019, 10, 1));
        using var staff = await StaffAsync();

        foreach (var (fields, key, message) in new (IReadOnlyList<(string, string?)>, string, string)[]
        {
            (RepealFields(promulgated: "2019-09-01", repealed: "2019-09-01"), "Repeal.PromulgatedOn", LegislationMessages.RepealBeforeLastVersion.Message),
            (RepealFields(repealed: "2026-02-01"), "Repeal.RepealedOn", LegislationMessages.RepealEffectiveBeforePromulgation.Message),
            (RepealFields(announcement: "示例市人大常委会公告第3号"), "Repeal.AnnouncementNumber", LegislationMessages.DuplicateAnnouncement.Message),
            (RepealFields(promulgated: "2026-03-05", repealed: "2026-03-05"), "Repeal.PromulgatedOn", LegislationMessages.PromulgatedInFuture.Message),
        })
        {
            using var refused = await PostAsync(staff, DetailsPage(id), "#form-repeal", fields);
            var page = await RefusedAsync(refused);
            page.FieldError(key).Should().Be(message);
            Value(page, "Repeal.Reason").Should().Be("已被新制定的条例取代。");
        }
        (await SavedAsync(id)).State.Should().Be(RegulationState.Published);

        var before = await staff.GetDocumentAsync(DetailsPage(id));
        using (var repealed = await PostAsync(staff, before, "#form-repeal", RepealFields()))
            ShouldRedirect(repealed, DetailsPage(id));

        var regulation = await SavedAsync(id);
        regulation.State.Should().Be(RegulationState.Repealed);
        (regulation.RepealAnnouncementNumber, regulation.RepealPromulgatedOn, regulation.RepealedOn).Should().Be(
            ("示例市人大常委会公告第30号", new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 1)));
        var shown = await staff.GetDocumentAsync(DetailsPage(id));
        Text(shown, "#state-badge").Should().Be("已废止");
        Text(shown, "#regulation-status").Should().Be("已废止");
        Text(shown, "#repeal-facts").Should().Contain("示例市人大常委会公告第30号").And.Contain("已被新制定的条例取代。");
        Text(shown, "#addversion-refused").Should().Be(LegislationMessages.RepealedCannotBeAmended.Message);

        (await SavedAsync(other)).State.Should().Be(RegulationState.Published);
    }

    [Fact]
    public async Task A_repealed_regulation_is_refused_a_new_version_by_the_domain_even_from_a_stale_page()
    {
        var id = await PublishedAsync();
        using var staff = await StaffAsync();
        var before = await staff.GetDocumentAsync(DetailsPage(id));
        await ActAsync(id, (store, version) => store.RepealAsync(id, version,
            new RepealDraft("示例市人大常委会公告第30号", new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 1), null), null, Clerk, default));
        var version = await DbAsync(db => db.Regulations.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

        // The page's version moved on to the stored one, so only the rule can refuse.
        using var refused = await PostAsync(staff, before, "#form-addversion", [.. NewVersion(), ("AddVersion.Text.Pasted", SampleText()), ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var page = await RefusedAsync(refused);
        Text(page, "#form-failed").Should().Contain(LegislationMessages.RepealedCannotBeAmended.Message);
        Text(page, "#addversion-refused").Should().Be(LegislationMessages.RepealedCannotBeAmended.Message, "the form no longer applies, and says why");
        (await SavedAsync(id)).Versions.Should().ContainSingle();
    }

    [Fact]
    public async Task A_stale_page_is_refused_with_the_conflict_message_and_nothing_is_saved()
    {
        var id = await RegulationAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(DetailsPage(id));
        // Someone corrects the pending version meanwhile: publishing what this page showed would publish unseen changes.
        await ActAsync(id, (store, version) => store.EditPendingVersionAsync(id, version, LegislativeField.Ecology,
            Draft("示例市人大常委会公告第1号", new DateOnly(2019, 10, 1)) with { EffectiveOn = new DateOnly(2020, 1, 1) }, Statute(), Clerk, null, default));

        using var stale = await PostAsync(staff, page, "#form-publish", []);

        var refused = await RefusedAsync(stale);
        Text(refused, "#form-failed").Should().Contain(RegulationStore.Conflict);
        Text(refused, "#publish-summary").Should().Contain("2020年1月1日", "the page now shows what the other person saved");
        (await SavedAsync(id)).State.Should().Be(RegulationState.Draft);
    }

    [Fact]
    public async Task A_公告_number_of_another_regulation_s_repeal_is_refused_for_a_new_version()
    {
        var other = await PublishedAsync("示例市人大常委会公告第3号", title: "示例市河道管理条例");
        await ActAsync(other, (store, version) => store.RepealAsync(other, version,
            new RepealDraft("示例市人大常委会公告第4号", new DateOnly(2025, 1, 10), new DateOnly(2025, 2, 1), null), null, Clerk, default));
        var id = await PublishedAsync();
        using var staff = await StaffAsync();

        using var refused = await PostAsync(staff, DetailsPage(id), "#form-addversion", [.. NewVersion("示例市人大常委会公告第4号"), ("AddVersion.Text.Pasted", SampleText())]);

        (await RefusedAsync(refused)).FieldError("AddVersion.AnnouncementNumber").Should().Be(LegislationMessages.DuplicateAnnouncement.Message);
    }

    [Fact]
    public async Task Publishing_adding_a_version_and_repealing_write_audit_rows()
    {
        var id = await RegulationAsync();
        using var staff = await StaffAsync("王法规");
        // Each action a minute after the one before, as in life: a save that changes nothing leaves no audit row.
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var published = await PostAsync(staff, DetailsPage(id), "#form-publish", [])) ShouldRedirect(published, DetailsPage(id));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var added = await PostAsync(staff, DetailsPage(id), "#form-addversion", [.. NewVersion(), ("AddVersion.Text.Pasted", SampleText())])) ShouldRedirect(added, DetailsPage(id));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var published = await PostAsync(staff, DetailsPage(id), "#form-publish", [])) ShouldRedirect(published, DetailsPage(id));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var repealed = await PostAsync(staff, DetailsPage(id), "#form-repeal", RepealFields())) ShouldRedirect(repealed, DetailsPage(id));

        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.UserName.StartsWith("王法规")).ToListAsync());
        rows.Count(a => a.EntityType == nameof(Regulation) && a.EntityKey == key).Should().Be(4, "each action changes the regulation's own row");
        rows.Should().Contain(a => a.EntityType == nameof(RegulationVersion) && a.Action == Web.Data.AuditAction.Created);
        rows.Where(a => a.EntityType == nameof(Regulation)).Should().Contain(a => a.Changes.Contains("Repealed"));
    }

    [Fact]
    public async Task An_unknown_regulation_is_not_found()
    {
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync(DetailsPage(4711));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    private Task<IReadOnlyList<RegulationLibrary.Row>> SearchAsync(string query) =>
        DbAsync(async db => (await RegulationLibrary.SearchAsync(db, new RegulationLibrary.Filter(query, null, null), new DateOnly(2026, 3, 2), 1, 20, default)).Rows);
}
