using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

public sealed class ThemesTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Themes = "/Staff/Suggestions/Themes";

    private Task<SuggestionTheme> ThemeAsync(string name) =>
        DbAsync(db => db.SuggestionThemes.AsNoTracking().SingleAsync(t => t.Name == name));

    [Fact]
    public async Task Staff_create_and_edit_themes_and_see_how_many_suggestions_each_holds()
    {
        var world = await Data.SuggestionWorldAsync();
        using var staff = await StaffAsync();

        var empty = await staff.GetDocumentAsync(Themes);
        Text(empty, "#no-themes").Should().Be("还没有打捆主题。");
        Value(empty, "Input.Year").Should().Be("2026", "the year defaults to this year");

        using (var created = await PostAsync(staff, empty, "#theme-form", [("Input.Name", "老旧小区改造"), ("Input.Description", "加装电梯、管网改造等")]))
        {
            ShouldRedirect(created, Themes);
        }
        var theme = await ThemeAsync("老旧小区改造");
        theme.Year.Should().Be(2026);
        theme.Description.Should().Be("加装电梯、管网改造等");
        (await DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(SuggestionTheme) && a.Action == AuditAction.Created))).Should().BeTrue();

        // Two suggestions under it, one of them key.
        var first = await Data.SuggestionAsync(world);
        var second = await Data.SuggestionAsync(world, "关于老旧小区管网改造的建议");
        foreach (var (id, key) in new[] { (first.Id, true), (second.Id, false) })
        {
            await Data.AssignedSuggestionAsync(id, world.Unit.Id);
            await Data.ActAsync(id, (s, _, now) =>
            {
                s.ChangeTheme(theme.Id, theme.Name, Actor.Staff("测试工作人员"), now);
                if (key) s.MarkKey("王副主任", null, Actor.Staff("测试工作人员"), now);
            });
        }

        var list = await staff.GetDocumentAsync(Themes);
        Text(list, $"#theme-{theme.Id}").Should().Contain("2026年").And.Contain("老旧小区改造").And.Contain("2 件").And.Contain("1 件");
        list.QuerySelector($"#theme-{theme.Id} a.theme-count")!.GetAttribute("href").Should().Be($"/Staff/Suggestions?theme={theme.Id}");
        Text(list, "main").Should().Contain("已保存打捆主题“老旧小区改造”。");

        var edit = await staff.GetDocumentAsync($"{Themes}?id={theme.Id}");
        Text(edit, "#theme-form-title").Should().Be("编辑打捆主题：老旧小区改造");
        Value(edit, "Input.Name").Should().Be("老旧小区改造");
        using (var saved = await PostAsync(staff, edit, "#theme-form", [("Input.Name", "老旧小区综合改造")]))
        {
            ShouldRedirect(saved, Themes);
        }
        (await ThemeAsync("老旧小区综合改造")).Id.Should().Be(theme.Id);
    }

    [Fact]
    public async Task A_theme_needs_a_name_unique_within_its_year()
    {
        await DbAsync(async db =>
        {
            db.SuggestionThemes.Add(SuggestionTheme.Create("背街小巷整治", 2026, null));
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();

        using (var missing = await PostAsync(staff, Themes, "#theme-form", [("Input.Name", ""), ("Input.Year", "")]))
        {
            var page = await RefusedAsync(missing);
            page.FieldError("Input.Name").Should().Be("请填写主题名称");
            page.FieldError("Input.Year").Should().Be("请填写年度");
        }
        using (var duplicate = await PostAsync(staff, Themes, "#theme-form", [("Input.Name", "背街小巷整治"), ("Input.Description", "第二次")]))
        {
            var page = await RefusedAsync(duplicate);
            page.FieldError("Input.Name").Should().Be(ThemesModel.Handler.UniqueName.Message);
            Value(page, "Input.Description").Should().Be("第二次");
        }
        using (var otherYear = await PostAsync(staff, Themes, "#theme-form", [("Input.Name", "背街小巷整治"), ("Input.Year", "2025")]))
        {
            ShouldRedirect(otherYear, Themes);
        }
        (await CountAsync<SuggestionTheme>()).Should().Be(2);
    }

    [Fact]
    public async Task Editing_a_theme_someone_changed_meanwhile_shows_their_version_and_keeps_the_input()
    {
        var theme = await DbAsync(async db =>
        {
            var created = SuggestionTheme.Create("交通拥堵治理", 2026, null);
            db.SuggestionThemes.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync($"{Themes}?id={theme.Id}");

        await DbAsync(async db =>
        {
            var tracked = await db.SuggestionThemes.SingleAsync(t => t.Id == theme.Id);
            tracked.Update("城区交通拥堵治理", 2026, "同事改过");
            await db.SaveChangesAsync();
        });

        using var response = await PostAsync(staff, stale, "#theme-form", [("Input.Name", "交通拥堵综合治理")]);
        var page = await RefusedAsync(response);
        Text(page, ".conflict-box").Should().Contain(CommandResult<string>.ConflictMessage).And.Contain("城区交通拥堵治理");
        Value(page, "Input.Name").Should().Be("交通拥堵综合治理");
        (await ThemeAsync("城区交通拥堵治理")).Description.Should().Be("同事改过");

        (await staff.GetAsync($"{Themes}?id={theme.Id + 1000}")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
    // ── Issue 12: a theme bundled with a supervision topic of its year (打捆督办) ──
    [Fact]
    public async Task A_theme_is_linked_to_a_supervision_topic_of_its_year_and_a_topic_of_another_year_is_refused()
    {
        var unit = await Data.UnitAsync();
        var committee = await Data.CommitteeAsync();
        var staffActor = Domain.Common.Actor.Staff("测试工作人员");
        async Task<int> TopicOfAsync(int year, string title) =>
            await ServiceAsync<Web.Data.Queries.SupervisionStore, int>(async store =>
            {
                var plan = (await store.CreatePlanAsync(new Domain.Supervision.SupervisionPlanDraft(year, $"{year}年度监督工作计划", null), staffActor, default)).Value;
                return (await store.CreateTopicAsync(plan, new Domain.Supervision.SupervisionTopicDraft(title, Domain.Supervision.SupervisionForm.SpecialWorkReport,
                    unit.Id, committee.Id, null, 6, null, null, [], [], []), staffActor, default)).Value;
            });
        var topic = await TopicOfAsync(2026, "关于老旧小区改造工作情况的报告");
        var earlier = await TopicOfAsync(2025, "上年度的议题");
        using var staff = await StaffAsync();

        using (var refused = await PostAsync(staff, "/Staff/Suggestions/Themes", "#theme-form",
            [("Input.Name", "老旧小区改造"), ("Input.Year", "2026"), ("Input.SupervisionTopicId", Id(earlier))]))
        {
            var page = await RefusedAsync(refused);
            page.FieldError("Input.SupervisionTopicId").Should().Be(Web.Pages.Staff.Suggestions.ThemesModel.Handler.TopicOfAnotherYear);
            Value(page, "Input.Name").Should().Be("老旧小区改造");
        }
        using (var linked = await PostAsync(staff, "/Staff/Suggestions/Themes", "#theme-form",
            [("Input.Name", "老旧小区改造"), ("Input.Year", "2026"), ("Input.SupervisionTopicId", Id(topic))]))
            ShouldRedirect(linked, "/Staff/Suggestions/Themes");
        var theme = await DbAsync(db => db.SuggestionThemes.AsNoTracking().SingleAsync());
        theme.SupervisionTopicId.Should().Be(topic);
        Text(await staff.GetDocumentAsync("/Staff/Suggestions/Themes"), $"#theme-{theme.Id} .theme-topic").Should().Contain("关于老旧小区改造工作情况的报告");
        Text(await staff.GetDocumentAsync($"/Staff/Supervision/Topics/Details/{topic}"), "#themes").Should().Contain("老旧小区改造");
    }
}
