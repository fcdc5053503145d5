using System.Globalization;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>The select options and labels the registry pages share.</summary>
public static class RegistryOptions
{
    public static IReadOnlyList<SelectListItem> Statuses() => Options<DeputyStatus>(DeputyLists.StatusName);

    public static IReadOnlyList<SelectListItem> Levels() => Options<DeputyLevel>(DeputyLists.LevelName);

    public static IReadOnlyList<SelectListItem> Genders() => Options<Gender>(DeputyLists.GenderName);

    public static IReadOnlyList<SelectListItem> GroupKinds() => Options<DeputyGroupKind>(GroupKind);

    public static IReadOnlyList<SelectListItem> EventKinds() => Options<PerformanceEventKind>(PerformanceEvent.KindName);

    public static IReadOnlyList<SelectListItem> Ethnicities() => Texts(DeputyLists.Ethnicities);

    public static IReadOnlyList<SelectListItem> Parties() => Texts(DeputyLists.Parties);

    public static IReadOnlyList<SelectListItem> Educations() => Texts(DeputyLists.Educations);

    public static string GroupKind(DeputyGroupKind kind) => kind == DeputyGroupKind.Professional ? "专业代表小组" : "代表小组";

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The terms, newest first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> TermsAsync(AppDbContext db, CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.Number).ToListAsync(ct);
        return terms.Select(t => new SelectListItem(t.Name, Id(t.Id))).ToList();
    }

    /// <summary>
    /// Delegations grouped by term (newest term first). Deactivated ones are left out, except <paramref name="current"/>;
    /// <paramref name="termId"/> narrows the list to one term.
    /// </summary>
    public static async Task<IReadOnlyList<SelectListItem>> DelegationsAsync(AppDbContext db, int? termId, int? current, CancellationToken ct)
    {
        var rows = await db.Delegations.AsNoTracking()
            .Where(d => (d.IsActive || d.Id == current) && (termId == null || d.TermId == termId))
            .Join(db.Terms, d => d.TermId, t => t.Id, (d, t) => new { d.Id, d.Name, d.SortOrder, TermNumber = t.Number })
            .OrderByDescending(d => d.TermNumber).ThenBy(d => d.SortOrder).ThenBy(d => d.Name)
            .ToListAsync(ct);
        var groups = rows.Select(r => r.TermNumber).Distinct()
            .ToDictionary(n => n, n => new SelectListGroup { Name = $"第{Domain.Common.ChineseNumerals.Format(n)}届" });
        return rows.Select(r => new SelectListItem(r.Name, Id(r.Id)) { Group = groups[r.TermNumber] }).ToList();
    }

    /// <summary>Deputy groups of one kind, or of both kinds grouped (for filters) when <paramref name="kind"/> is null.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> GroupsAsync(AppDbContext db, DeputyGroupKind? kind, int? current, CancellationToken ct)
    {
        var rows = await db.DeputyGroups.AsNoTracking()
            .Where(g => (g.IsActive || g.Id == current) && (kind == null || g.Kind == kind))
            .OrderBy(g => g.Kind).ThenBy(g => g.SortOrder).ThenBy(g => g.Name)
            .Select(g => new { g.Id, g.Name, g.Kind })
            .ToListAsync(ct);
        if (kind is not null) return rows.Select(r => new SelectListItem(r.Name, Id(r.Id))).ToList();
        var groups = Enum.GetValues<DeputyGroupKind>().ToDictionary(k => k, k => new SelectListGroup { Name = GroupKind(k) });
        return rows.Select(r => new SelectListItem(r.Name, Id(r.Id)) { Group = groups[r.Kind] }).ToList();
    }

    /// <summary>Standing committee meetings, newest first: the 列席 events name one.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> MeetingsAsync(AppDbContext db, CancellationToken ct)
    {
        var meetings = await db.StandingCommitteeMeetings.AsNoTracking()
            .OrderByDescending(m => m.Date)
            .Select(m => new { m.Id, m.Number, m.Date, TermNumber = m.Term.Number })
            .ToListAsync(ct);
        return meetings
            .Select(m => new SelectListItem($"{StandingCommitteeMeeting.FormatName(m.TermNumber, m.Number)}（{Infrastructure.Display.Date(m.Date)}）", Id(m.Id)))
            .ToList();
    }

    /// <summary>Copies of <paramref name="items"/> with <paramref name="value"/> selected: for GET filter forms, which have no asp-for.</summary>
    public static IEnumerable<SelectListItem> Selecting(IEnumerable<SelectListItem> items, object? value)
    {
        var selected = value?.ToString();
        return items.Select(i => new SelectListItem(i.Text, i.Value, i.Value == selected) { Group = i.Group });
    }

    private static List<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new SelectListItem(label(value), value.ToString())).ToList();

    private static List<SelectListItem> Texts(IEnumerable<string> values) => values.Select(v => new SelectListItem(v, v)).ToList();
}
