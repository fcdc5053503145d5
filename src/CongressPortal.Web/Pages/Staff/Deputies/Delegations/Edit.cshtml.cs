using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Delegations;

/// <summary>Creates a delegation (no id; ?term= preselects the term) or edits one (?id=).</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public string Heading => Id is null ? "新增代表团" : "编辑代表团";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await handler.LoadAsync(id, ct) : await handler.NewAsync(Term, ct);
        if (input is null) return NotFound();
        Input = input;
        (Terms, Districts) = await handler.OptionsAsync(Input.AreaId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存“{result.Value}”。";
                return RedirectToPage("Index", new { term = Input.TermId });
            }
            Conflict = result.ShowOn(ModelState, Input);
        }
        (Terms, Districts) = await handler.OptionsAsync(Input.AreaId, ct);
        return Page();
    }

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

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "本届已有同名的代表团。");

        public async Task<Command> NewAsync(int? termId, CancellationToken ct)
        {
            termId ??= await db.Terms.AsNoTracking().CurrentTermIdAsync(ChinaTime.Today(clock.GetUtcNow()), ct);
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

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            Delegation delegation;
            try
            {
                if (id is null)
                {
                    delegation = Delegation.Create(input.TermId!.Value, input.Name, input.AreaId, input.SortOrder!.Value);
                    db.Delegations.Add(delegation);
                }
                else
                {
                    var existing = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id, ct);
                    if (existing is null) return CommandResult<string>.Conflict(null);
                    delegation = existing;
                    delegation.Update(input.TermId!.Value, input.Name, input.AreaId, input.SortOrder!.Value);
                    db.ExpectVersion(delegation, input.Version);
                }
            }
            catch (DomainRuleException e)
            {
                return CommandResult<string>.Fail(e.Message);
            }
            var delegationId = delegation.Id;
            return await db.TrySaveAsync(delegation.Name, token => CurrentAsync(delegationId, token), UniqueName, ct);
        }

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
