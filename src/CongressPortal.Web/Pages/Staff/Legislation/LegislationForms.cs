using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Staff.Supervision;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Legislation;

/// <summary>A legislation record's fields, named like <see cref="LegislationRecordDraft"/> (新建立法项目, 修改项目信息).</summary>
public sealed record RecordCommand
{
    [Required(ErrorMessage = "请填写项目名称"), StringLength(200, ErrorMessage = "项目名称不能超过200个字"), Display(Name = "项目名称")]
    public string? Title { get; init; }

    [Display(Name = "立法形式")]
    public LegislationKind Kind { get; init; }

    [Display(Name = "立法领域")]
    public LegislativeField Field { get; init; }

    [Display(Name = "计划项目")]
    public int? PlanItemId { get; init; }

    [Display(Name = "所涉法规")]
    public int? RegulationId { get; init; }

    [Display(Name = "起草单位")]
    public string? DraftingBody { get; init; }

    [Display(Name = "起草小组")]
    public string? DraftingGroup { get; init; }

    [Display(Name = "负责的专门委员会")]
    public int? CommitteeId { get; init; }

    [Display(Name = "项目说明")]
    public string? Summary { get; init; }

    public LegislationRecordDraft ToDraft() => new(Title ?? "", Kind, Field, PlanItemId, RegulationId, DraftingBody, DraftingGroup, CommitteeId, Summary);

    public static RecordCommand From(LegislationRecord r) => new()
    {
        Title = r.Title, Kind = r.Kind, Field = r.Field, PlanItemId = r.PlanItemId, RegulationId = r.RegulationId,
        DraftingBody = r.DraftingBody, DraftingGroup = r.DraftingGroup, CommitteeId = r.CommitteeId, Summary = r.Summary,
    };
}

/// <summary>The choices of the record form.</summary>
public sealed record RecordChoices(
    IReadOnlyList<SelectListItem> Kinds,
    IReadOnlyList<SelectListItem> Fields,
    IReadOnlyList<SelectListItem> Items,
    IReadOnlyList<SelectListItem> Regulations,
    IReadOnlyList<SelectListItem> Committees);

/// <summary>The select lists of the legislation pages, with the labels of <see cref="LegislationWorkflow"/>.</summary>
public static class LegislationChoices
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<SelectListItem> Kinds(bool withResearch = true) =>
        Enum.GetValues<LegislationKind>().Where(k => withResearch || k != LegislationKind.Research)
            .Select(k => new SelectListItem(LegislationWorkflow.KindLabel(k), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Fields() =>
        Enum.GetValues<LegislativeField>().Select(f => new SelectListItem(LegislationWorkflow.FieldLabel(f), f.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Statuses() =>
        Enum.GetValues<LegislationStatus>().Select(s => new SelectListItem(LegislationWorkflow.StatusLabel(s), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ItemKinds() =>
        Enum.GetValues<PlanItemKind>().Select(k => new SelectListItem(LegislationWorkflow.ItemKindLabel(k), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Stages() =>
        Enum.GetValues<ReadingStage>().Select(s => new SelectListItem(LegislationWorkflow.ReadingLabel(s), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ConsultationKinds() =>
        Enum.GetValues<ConsultationKind>().Select(k => new SelectListItem(LegislationWorkflow.ConsultationLabel(k), k.ToString())).ToList();

    /// <summary>Every regulation of the library; a repealed one says so (choosing it for an amendment is refused with the reason).</summary>
    public static async Task<IReadOnlyList<SelectListItem>> RegulationsAsync(LegislationStore store, CancellationToken ct) =>
        (await store.RegulationChoicesAsync(ct)).Select(r => new SelectListItem(r.Repealed ? $"{r.Title}（已废止）" : r.Title, Id(r.Id))).ToList();

    /// <summary>The lookups of the legislation pages (page models take no DbContext).</summary>
    public sealed class Handler(AppDbContext db, LegislationStore store)
    {
        public async Task<RecordChoices> RecordChoicesAsync(RecordCommand input, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(input);
            return new RecordChoices(
                Kinds(),
                Fields(),
                (await store.ItemChoicesAsync(null, input.PlanItemId, ct)).Select(i => new SelectListItem(i.Label, Id(i.Id))).ToList(),
                await RegulationsAsync(store, ct),
                await SupervisionChoices.CommitteesAsync(db, input.CommitteeId, ct));
        }

        public Task<IReadOnlyList<SelectListItem>> CommitteesAsync(int? keep, CancellationToken ct) => SupervisionChoices.CommitteesAsync(db, keep, ct);

        /// <summary>The standing committee's meetings of the year before, the year and the next, in date order.</summary>
        public async Task<IReadOnlyList<SelectListItem>> MeetingsAsync(int year, int? keep, CancellationToken ct) =>
            new[] { await SupervisionChoices.MeetingsAsync(db, year - 1, keep, ct), await SupervisionChoices.MeetingsAsync(db, year, null, ct),
                await SupervisionChoices.MeetingsAsync(db, year + 1, null, ct) }.SelectMany(m => m).DistinctBy(m => m.Value).ToList();

        public Task<Dictionary<int, string>> MeetingNamesAsync(IEnumerable<int?> ids, CancellationToken ct) => db.MeetingNamesAsync(ids, ct, withDate: true);

        public async Task<Dictionary<int, string>> CommitteeNamesAsync(CancellationToken ct) =>
            await db.Committees.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        public async Task<Dictionary<int, string>> RegulationNamesAsync(IEnumerable<int?> ids, CancellationToken ct)
        {
            var wanted = ids.OfType<int>().Distinct().ToList();
            return await db.Regulations.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        }

        /// <summary>A new record's fields taken from a plan item (null: no such item).</summary>
        public async Task<RecordCommand?> FromItemAsync(int itemId, CancellationToken ct)
        {
            var item = await db.LegislationPlanItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
            if (item is null) return null;
            var field = item.RegulationId is { } reg
                ? await db.Regulations.Where(r => r.Id == reg).Select(r => (LegislativeField?)r.Field).FirstOrDefaultAsync(ct)
                : null;
            return new RecordCommand
            {
                Title = item.Title, Kind = item.LegislationKind, Field = field ?? default, PlanItemId = item.Id, RegulationId = item.RegulationId,
                DraftingBody = item.DraftingBody, CommitteeId = item.CommitteeId, Summary = item.Note,
            };
        }
    }
}
