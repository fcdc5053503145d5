using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Areas;

/// <summary>Creates an area (no id; ?parent= starts a sub-district of that district) or edits one (/{id}).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    [BindProperty(SupportsGet = true, Name = "parent")] public int? Parent { get; set; }

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    protected override string Noun => "行政区划";

    protected override int? Scope => Parent;

    protected override object ListRoute => new { district = Input.ParentId };

    protected override async Task LoadOptionsAsync(CancellationToken ct) => Districts = await handler.DistrictsAsync(Id, ct);

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写名称"), StringLength(50, ErrorMessage = "名称不能超过50个字"), Display(Name = "名称")]
        public string Name { get; init; } = "";

        [Required(ErrorMessage = "请选择级别"), Display(Name = "级别")]
        public AreaLevel? Level { get; init; }

        [Display(Name = "所属区、县、旗")]
        public int? ParentId { get; init; }

        [StringLength(12, ErrorMessage = "区划代码不能超过12位"), RegularExpression("^[0-9]*$", ErrorMessage = "区划代码只能填写数字"), Display(Name = "区划代码")]
        public string? Code { get; init; }

        [Required(ErrorMessage = "请填写排序号"), Range(0, 9999, ErrorMessage = "排序号应为0到9999之间的整数"), Display(Name = "排序号")]
        public int? SortOrder { get; init; }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "同一上级区划下已有这个名称。");

        /// <summary>The districts a sub-district can belong to; never the area being edited.</summary>
        public async Task<IReadOnlyList<SelectListItem>> DistrictsAsync(int? editing, CancellationToken ct)
        {
            var districts = await db.Areas.AsNoTracking()
                .Where(a => a.Level == AreaLevel.District && a.Id != editing)
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                .Select(a => new { a.Id, a.Name, a.IsActive })
                .ToListAsync(ct);
            return districts
                .Select(d => new SelectListItem(d.IsActive ? d.Name : $"{d.Name}（已停用）", d.Id.ToString(CultureInfo.InvariantCulture)))
                .ToList();
        }

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var last = await db.Areas.Where(a => a.ParentId == scope).MaxAsync(a => (int?)a.SortOrder, ct);
            return new Command
            {
                Level = scope is null ? AreaLevel.District : AreaLevel.Subdistrict,
                ParentId = scope,
                SortOrder = (last ?? 0) + 1,
            };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Areas.AsNoTracking()
                .Where(a => a.Id == id)
                .Select(a => new Command { Version = a.Version, Name = a.Name, Level = a.Level, ParentId = a.ParentId, Code = a.Code, SortOrder = a.SortOrder })
                .SingleOrDefaultAsync(ct);

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            // The rules that need other rows: the parent is a district; a district with sub-districts stays one.
            if (input.ParentId is { } parentId && !await db.Areas.AnyAsync(a => a.Id == parentId && a.Level == AreaLevel.District, ct))
            {
                return CommandResult<string>.Refused(DomainMessages.ParentMustBeDistrict);
            }
            if (id is not null && input.Level == AreaLevel.Subdistrict && await db.Areas.AnyAsync(a => a.ParentId == id, ct))
            {
                return CommandResult<string>.Refused(DomainMessages.DistrictHasSubdistricts);
            }
            return id is { } existing
                ? await db.RunAsync(db.Areas, existing, input.Version, area =>
                {
                    area.Update(input.Name, input.Level!.Value, input.ParentId, input.Code, input.SortOrder!.Value);
                    return area.Name;
                }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
                : await db.CreateAsync(() => db.Areas.Add(AdministrativeArea.Create(
                    input.Name, input.Level!.Value, input.ParentId, input.Code, input.SortOrder!.Value)).Entity.Name, UniqueName, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var area = await db.Areas.AsNoTracking().Include(a => a.Parent).SingleOrDefaultAsync(a => a.Id == id, ct);
            if (area is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["名称"] = area.Name,
                ["级别"] = ReferenceLabels.Of(area.Level),
                ["所属区、县、旗"] = area.Parent?.Name,
                ["区划代码"] = area.Code,
                ["排序号"] = area.SortOrder.ToString(CultureInfo.InvariantCulture),
                ["状态"] = ReferenceLabels.Active(area.IsActive),
            }, area.Version);
        }
    }
}
