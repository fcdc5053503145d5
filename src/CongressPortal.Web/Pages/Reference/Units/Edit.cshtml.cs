using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Units;

/// <summary>Creates a handling unit (no id) or edits one (/{id}).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "承办单位";

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写单位名称"), StringLength(100, ErrorMessage = "单位名称不能超过100个字"), Display(Name = "单位名称")]
        public string Name { get; init; } = "";

        [StringLength(30, ErrorMessage = "简称不能超过30个字"), Display(Name = "简称")]
        public string? ShortName { get; init; }

        [Required(ErrorMessage = "请选择类别"), Display(Name = "类别")]
        public HandlingUnitKind? Kind { get; init; }

        [StringLength(50, ErrorMessage = "联系人不能超过50个字"), Display(Name = "联系人")]
        public string? ContactPerson { get; init; }

        [StringLength(30, ErrorMessage = "联系电话不能超过30个字符"), RegularExpression(@"^[0-9０-９\-－()（）\s,，转]*$", ErrorMessage = "联系电话只能包含数字、括号、短横线和“转”"), Display(Name = "联系电话")]
        public string? ContactPhone { get; init; }

        [Required(ErrorMessage = "请填写排序号"), Range(0, 9999, ErrorMessage = "排序号应为0到9999之间的整数"), Display(Name = "排序号")]
        public int? SortOrder { get; init; }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "该名称已存在。");

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var last = await db.HandlingUnits.MaxAsync(u => (int?)u.SortOrder, ct);
            return new Command { Kind = HandlingUnitKind.GovernmentDepartment, SortOrder = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.HandlingUnits.AsNoTracking()
                .Where(u => u.Id == id)
                .Select(u => new Command
                {
                    Version = u.Version,
                    Name = u.Name,
                    ShortName = u.ShortName,
                    Kind = u.Kind,
                    ContactPerson = u.ContactPerson,
                    ContactPhone = u.ContactPhone,
                    SortOrder = u.SortOrder,
                })
                .SingleOrDefaultAsync(ct);

        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.HandlingUnits, existing, input.Version, unit =>
            {
                unit.Update(input.Name, input.ShortName, input.Kind!.Value, input.ContactPerson, input.ContactPhone, input.SortOrder!.Value);
                return unit.Name;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
            : db.CreateAsync(() => db.HandlingUnits.Add(HandlingUnit.Create(
                input.Name, input.ShortName, input.Kind!.Value, input.ContactPerson, input.ContactPhone, input.SortOrder!.Value)).Entity.Name, UniqueName, ct);

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var unit = await db.HandlingUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["单位名称"] = unit.Name,
                ["简称"] = unit.ShortName,
                ["类别"] = ReferenceLabels.Of(unit.Kind),
                ["联系人"] = unit.ContactPerson,
                ["联系电话"] = unit.ContactPhone,
                ["排序号"] = unit.SortOrder.ToString(CultureInfo.InvariantCulture),
                ["状态"] = ReferenceLabels.Active(unit.IsActive),
            }, unit.Version);
        }
    }
}
