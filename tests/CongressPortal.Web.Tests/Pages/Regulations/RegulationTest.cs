using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Regulations;

/// <summary>
/// Shared steps of the public library tests: regulations entered through the domain (Create, Publish, AddVersion,
/// Repeal) with texts detected by <see cref="StatuteDetector"/>. The test clock's today is 2026-03-02 (Beijing).
/// </summary>
public abstract class RegulationTest(PortalAppFactory app) : WebTest(app)
{
    protected static readonly Actor Staff = new(PortalRole.Staff, "法规库测试");

    protected static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>
    /// A regulation's text in three chapters and fifteen articles; article 12 has a second paragraph and two items.
    /// <paramref name="article12"/> replaces article 12's first paragraph, <paramref name="extra"/> adds an article 16.
    /// </summary>
    protected static string Text(string title, string? article12 = null, string? extra = null)
    {
        var text = new List<string>();
        text.Add(title);
        text.Add("第一章　总则");
        for (var i = 1; i <= 15; i++)
        {
            if (i == 7) text.Add("第二章　管理与服务");
            if (i == 14) text.Add("第三章　附则");
            var label = $"第{ChineseNumerals.Format(i)}条";
            if (i == 12)
            {
                text.Add($"{label}　{article12 ?? "市人民政府有关部门应当按照职责做好监督管理工作。"}");
                text.Add("有关单位应当履行下列义务：");
                text.Add("（一）建立健全管理制度；");
                text.Add("（二）定期向社会公开有关信息。");
                continue;
            }
            text.Add(i == 15 ? $"{label}　本条例自公布之日起施行。" : $"{label}　本条是{title}的第{i}条规定，内容为示例文字。");
        }
        if (extra is not null) text.Add($"第十六条　{extra}");
        return string.Join('\n', text);
    }

    protected static RegulationVersionDraft Draft(string title, LegislationKind kind, string announcement, DateOnly promulgated, DateOnly effective, string? summary = null) =>
        new(title, kind, announcement, promulgated.AddDays(-40), promulgated.AddDays(-5), promulgated, effective, summary);

    /// <summary>A regulation with its first version (制定), published unless <paramref name="publish"/> is false.</summary>
    protected Task<int> RegulationAsync(string title, string announcement, DateOnly promulgated, DateOnly effective,
        LegislativeField field = LegislativeField.UrbanRural, string? text = null, bool publish = true) =>
        DbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            var regulation = Regulation.Create(field, Draft(title, LegislationKind.Enact, announcement, promulgated, effective),
                StatuteDetector.Detect(text ?? Text(title)).Text, null, Staff, now);
            if (publish) regulation.Publish(Staff, now);
            db.Regulations.Add(regulation);
            await db.SaveChangesAsync();
            return regulation.Id;
        });

    /// <summary>A later version (修改 or 修正), published unless <paramref name="publish"/> is false.</summary>
    protected Task AmendAsync(int id, string announcement, DateOnly promulgated, DateOnly effective, string text,
        LegislationKind kind = LegislationKind.Amend, bool publish = true, string? title = null, string? summary = null) =>
        DbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            var regulation = await db.Regulations.Include(r => r.Versions).SingleAsync(r => r.Id == id);
            regulation.AddVersion(Draft(title ?? regulation.Title, kind, announcement, promulgated, effective, summary), StatuteDetector.Detect(text).Text, null, Staff, now);
            if (publish) regulation.Publish(Staff, now);
            await db.SaveChangesAsync();
        });

    protected Task RepealAsync(int id, string announcement, DateOnly promulgated, DateOnly repealedOn, string? reason = null) =>
        DbAsync(async db =>
        {
            var regulation = await db.Regulations.Include(r => r.Versions).SingleAsync(r => r.Id == id);
            regulation.Repeal(new RepealDraft(announcement, promulgated, repealedOn, reason), null, Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

    /// <summary>One regulation of each status on <see cref="Today"/>, and one never published.</summary>
    protected async Task<(int InForce, int Amended, int Repealed, int NotYetInForce, int Draft)> OneOfEachAsync()
    {
        var inForce = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1));
        var amended = await RegulationAsync("示例市河道管理条例", "公告第2号", new DateOnly(2023, 3, 1), new DateOnly(2023, 5, 1), LegislativeField.Ecology);
        await AmendAsync(amended, "公告第3号", new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1), Text("示例市河道管理条例", "河道管理实行河长制。"));
        var repealed = await RegulationAsync("示例市古城墙保护条例", "公告第4号", new DateOnly(2015, 3, 1), new DateOnly(2015, 5, 1), LegislativeField.Heritage);
        await RepealAsync(repealed, "公告第5号", new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1), "已被新的历史文化名城保护条例取代");
        var pending = await RegulationAsync("示例市社区治理条例", "公告第6号", new DateOnly(2026, 2, 20), new DateOnly(2026, 5, 1), LegislativeField.GrassrootsGovernance);
        var draft = await RegulationAsync("示例市未公开条例", "公告第7号", new DateOnly(2026, 2, 25), new DateOnly(2026, 6, 1), publish: false);
        return (inForce, amended, repealed, pending, draft);
    }
}
