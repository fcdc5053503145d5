using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Groups;

/// <summary>Creates a deputy group (no id) or edits one (?id=); a professional group names its committee.</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    public const string CommitteeRequired = "专业代表小组须选择依托的委员会";

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> Committees { get; private set; } = [];

    public string Heading => Id is null ? "新增代表小组" : "编辑代表小组";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await handler.LoadAsync(id, ct) : await handler.NewAsync(ct);
        if (input is null) return NotFound();
        Input = input;
        Committees = await handler.CommitteesAsync(Input.CommitteeId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Kind == DeputyGroupKind.Professional && Input.CommitteeId is null) ModelState.AddModelError("Input.CommitteeId", CommitteeRequired);
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存“{result.Value}”。";
                return RedirectToPage("Index");
            }
            Conflict = result.ShowOn(ModelState, Input);
        }
        Committees = await handler.CommitteesAsync(Input.CommitteeId, ct);
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写名称"), StringLength(50, ErrorMessage = "名称不能超过50个字"), Display(Name = "名称")]
        public string Name { get; init; } = "";

        [Required(ErrorMessage = "请选择类型"), Display(Name = "类型")]
        public DeputyGroupKind? Kind { get; init; }

        [Display(Name = "依托委员会")]
        public int? CommitteeId { get; init; }

        [Required(ErrorMessage = "请填写排序号"), Range(0, 9999, ErrorMessage = "排序号应为0到9999之间的整数"), Display(Name = "排序号")]
        public int? SortOrder { get; init; }
    }

    public sealed class Handler(AppDbContext db)
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "已有同名的代表小组。");

        public async Task<Command> NewAsync(CancellationToken ct)
        {
            var last = await db.DeputyGroups.MaxAsync(g => (int?)g.SortOrder, ct);
            return new Command { Kind = DeputyGroupKind.Regional, SortOrder = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.DeputyGroups.AsNoTracking()
                .Where(g => g.Id == id)
                .Select(g => new Command { Version = g.Version, Name = g.Name, Kind = g.Kind, CommitteeId = g.CommitteeId, SortOrder = g.SortOrder })
                .SingleOrDefaultAsync(ct);

        public async Task<IReadOnlyList<SelectListItem>> CommitteesAsync(int? current, CancellationToken ct)
        {
            var committees = await db.Committees.AsNoTracking()
                .Where(c => c.IsActive || c.Id == current)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name })
                .ToListAsync(ct);
            return committees.Select(c => new SelectListItem(c.Name, RegistryOptions.Id(c.Id))).ToList();
        }

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            DeputyGroup group;
            try
            {
                if (id is null)
                {
                    group = DeputyGroup.Create(input.Name, input.Kind!.Value, input.CommitteeId, input.SortOrder!.Value);
                    db.DeputyGroups.Add(group);
                }
                else
                {
                    var existing = await db.DeputyGroups.SingleOrDefaultAsync(g => g.Id == id, ct);
                    if (existing is null) return CommandResult<string>.Conflict(null);
                    group = existing;
                    group.Update(input.Name, input.Kind!.Value, input.CommitteeId, input.SortOrder!.Value);
                    db.ExpectVersion(group, input.Version);
                }
            }
            catch (DomainRuleException e)
            {
                return CommandResult<string>.Fail(e.Message);
            }
            var groupId = group.Id;
            return await db.TrySaveAsync(group.Name, token => CurrentAsync(groupId, token), UniqueName, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var g = await db.DeputyGroups.AsNoTracking()
                .Where(x => x.Id == id)
                .Select(x => new { x.Name, x.Kind, x.SortOrder, x.IsActive, x.Version, Committee = db.Committees.Where(c => c.Id == x.CommitteeId).Select(c => c.Name).FirstOrDefault() })
                .SingleOrDefaultAsync(ct);
            if (g is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["名称"] = g.Name,
                ["类型"] = RegistryOptions.GroupKind(g.Kind),
                ["依托委员会"] = g.Committee,
                ["排序号"] = g.SortOrder.ToString(CultureInfo.InvariantCulture),
                ["状态"] = ReferenceLabels.Active(g.IsActive),
            }, g.Version);
        }
    }
}
