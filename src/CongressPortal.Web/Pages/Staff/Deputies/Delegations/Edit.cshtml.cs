using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Delegations;

/// <summary>Creates a delegation (no id; ?term= preselects the term) or edits one (/{id}).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    protected override string Noun => "代表团";

    protected override int? Scope => Term;

    protected override object ListRoute => new { term = Input.TermId };

    protected override async Task LoadOptionsAsync(CancellationToken ct) => (Terms, Districts) = await handler.OptionsAsync(Input.AreaId, ct);

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请选择届次"), Display(Name = "届次")]
        public int? TermId { get; init; }

        [Required(ErrorMessage = "请填写名称"), StringLength(50, ErrorMessage = "名称不能超过50个字"), Display(Name = "名称")]
        public string Name { get; init; } = "";

        [Display(Name = "对应区域")]
        public int? AreaId { get; init; }

        [Required(ErrorMessage = "请填写排序号"), Range(0, 9999, ErrorMessage = "排序号应为0到9999之间的整数"), Display(Name = "排序号")]
        public int? SortOrder { get; init; }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "本届已有同名的代表团。");

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var termId = scope ?? await db.Terms.AsNoTracking().CurrentTermIdAsync(ChinaTime.Today(clock.GetUtcNow()), ct);
            var last = await db.Delegations.Where(d => d.TermId == termId).MaxAsync(d => (int?)d.SortOrder, ct);
            return new Command { TermId = termId, SortOrder = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Delegations.AsNoTracking()
                .Where(d => d.Id == id)
                .Select(d => new Command { Version = d.Version, TermId = d.TermId, Name = d.Name, AreaId = d.AreaId, SortOrder = d.SortOrder })
                .SingleOrDefaultAsync(ct);

        public async Task<(IReadOnlyList<SelectListItem>, IReadOnlyList<SelectListItem>)> OptionsAsync(int? areaId, CancellationToken ct)
        {
            var districts = await db.Areas.AsNoTracking()
                .Where(a => a.Level == AreaLevel.District && (a.IsActive || a.Id == areaId))
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                .Select(a => new { a.Id, a.Name })
                .ToListAsync(ct);
            return (await RegistryOptions.TermsAsync(db, ct), districts.Select(d => new SelectListItem(d.Name, RegistryOptions.Id(d.Id))).ToList());
        }

        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.Delegations, existing, input.Version, delegation =>
            {
                delegation.Update(input.TermId!.Value, input.Name, input.AreaId, input.SortOrder!.Value);
                return delegation.Name;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
            : db.CreateAsync(() => db.Delegations.Add(Delegation.Create(input.TermId!.Value, input.Name, input.AreaId, input.SortOrder!.Value)).Entity.Name, UniqueName, ct);

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var d = await db.Delegations.AsNoTracking()
                .Where(x => x.Id == id)
                .Select(x => new
                {
                    x.Name, x.SortOrder, x.IsActive, x.Version,
                    Term = db.Terms.Where(t => t.Id == x.TermId).Select(t => (int?)t.Number).FirstOrDefault(),
                    Area = db.Areas.Where(a => a.Id == x.AreaId).Select(a => a.Name).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(ct);
            if (d is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["届次"] = d.Term is { } n ? $"第{ChineseNumerals.Format(n)}届" : null,
                ["名称"] = d.Name,
                ["对应区域"] = d.Area,
                ["排序号"] = d.SortOrder.ToString(CultureInfo.InvariantCulture),
                ["状态"] = ReferenceLabels.Active(d.IsActive),
            }, d.Version);
        }
    }
}
