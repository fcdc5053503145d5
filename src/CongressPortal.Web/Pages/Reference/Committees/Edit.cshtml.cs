using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Committees;

/// <summary>Creates a committee (no id) or edits one (/{id}).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "委员会";

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写名称"), StringLength(100, ErrorMessage = "名称不能超过100个字"), Display(Name = "名称")]
        public string Name { get; init; } = "";

        [StringLength(30, ErrorMessage = "简称不能超过30个字"), Display(Name = "简称")]
        public string? ShortName { get; init; }

        [Required(ErrorMessage = "请选择类别"), Display(Name = "类别")]
        public CommitteeKind? Kind { get; init; }

        [Required(ErrorMessage = "请填写排序号"), Range(0, 9999, ErrorMessage = "排序号应为0到9999之间的整数"), Display(Name = "排序号")]
        public int? SortOrder { get; init; }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "该名称已存在。");

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var last = await db.Committees.MaxAsync(c => (int?)c.SortOrder, ct);
            return new Command { Kind = CommitteeKind.Special, SortOrder = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Committees.AsNoTracking()
                .Where(c => c.Id == id)
                .Select(c => new Command { Version = c.Version, Name = c.Name, ShortName = c.ShortName, Kind = c.Kind, SortOrder = c.SortOrder })
                .SingleOrDefaultAsync(ct);

        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.Committees, existing, input.Version, committee =>
            {
                committee.Update(input.Name, input.ShortName, input.Kind!.Value, input.SortOrder!.Value);
                return committee.Name;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
            : db.CreateAsync(() => db.Committees.Add(Committee.Create(input.Name, input.ShortName, input.Kind!.Value, input.SortOrder!.Value)).Entity.Name, UniqueName, ct);

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var committee = await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (committee is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["名称"] = committee.Name,
                ["简称"] = committee.ShortName,
                ["类别"] = ReferenceLabels.Of(committee.Kind),
                ["排序号"] = committee.SortOrder.ToString(CultureInfo.InvariantCulture),
                ["状态"] = ReferenceLabels.Active(committee.IsActive),
            }, committee.Version);
        }
    }
}
