using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Groups;

/// <summary>Creates a deputy group (no id) or edits one (/{id}); a professional group names its committee.</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    public IReadOnlyList<SelectListItem> Committees { get; private set; } = [];

    protected override string Noun => "代表小组";

    protected override async Task LoadOptionsAsync(CancellationToken ct) => Committees = await handler.CommitteesAsync(Input.CommitteeId, ct);

    public const string CommitteeRequired = "专业代表小组须选择依托的委员会";

    public sealed record Command : IValidatableObject
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

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Kind == DeputyGroupKind.Professional && CommitteeId is null) yield return new ValidationResult(CommitteeRequired, [nameof(CommitteeId)]);
        }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "已有同名的代表小组。");

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
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

        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.DeputyGroups, existing, input.Version, group =>
            {
                group.Update(input.Name, input.Kind!.Value, input.CommitteeId, input.SortOrder!.Value);
                return group.Name;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
            : db.CreateAsync(() => db.DeputyGroups.Add(DeputyGroup.Create(input.Name, input.Kind!.Value, input.CommitteeId, input.SortOrder!.Value)).Entity.Name, UniqueName, ct);

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
