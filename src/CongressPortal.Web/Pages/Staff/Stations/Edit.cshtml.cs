using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>Creates a station (no id) or edits its details (/{id}); a lost save shows the other person's values.</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Areas { get; private set; } = [];

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public string Heading => Id is null ? "新增联络站" : "编辑联络站";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var input = await handler.LoadAsync(id, ct);
            if (input is null) return NotFound();
            Input = input;
        }
        Areas = await handler.AreasAsync(Input.AreaId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存“{Input.Name.Trim()}”。";
                return RedirectToPage("Details", new { id = result.Value });
            }
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        Areas = await handler.AreasAsync(Input.AreaId, ct);
        return Page();
    }

    public sealed record Command : IValidatableObject
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写名称"), StringLength(100, ErrorMessage = "名称不能超过100个字"), Display(Name = "名称")]
        public string Name { get; init; } = "";

        [Required(ErrorMessage = "请选择类型"), Display(Name = "类型")]
        public StationKind? Kind { get; init; }

        [Required(ErrorMessage = "请选择所在区域"), Display(Name = "所在区域")]
        public int? AreaId { get; init; }

        [Required(ErrorMessage = "请填写地址"), StringLength(200, ErrorMessage = "地址不能超过200个字"), Display(Name = "地址")]
        public string Address { get; init; } = "";

        [Range(-90, 90, ErrorMessage = "纬度应在-90至90之间"), Display(Name = "纬度")]
        public double? Latitude { get; init; }

        [Range(-180, 180, ErrorMessage = "经度应在-180至180之间"), Display(Name = "经度")]
        public double? Longitude { get; init; }

        [StringLength(100, ErrorMessage = "开放时间不能超过100个字"), Display(Name = "开放时间")]
        public string? OpeningHours { get; init; }

        [StringLength(30, ErrorMessage = "联系电话不能超过30个字符"), RegularExpression(PhonePattern, ErrorMessage = PhoneMessage), Display(Name = "联系电话")]
        public string? ContactPhone { get; init; }

        [StringLength(50, ErrorMessage = "联络员姓名不能超过50个字"), Display(Name = "联络员")]
        public string? LiaisonOfficer { get; init; }

        [StringLength(30, ErrorMessage = "联络员电话不能超过30个字符"), RegularExpression(PhonePattern, ErrorMessage = PhoneMessage), Display(Name = "联络员电话")]
        public string? LiaisonOfficerPhone { get; init; }

        [StringLength(2000, ErrorMessage = "简介不能超过2000个字"), Display(Name = "简介")]
        public string? Introduction { get; init; }

        public const string PhonePattern = @"^[0-9\-+ ()（）]*$";

        public const string PhoneMessage = "电话号码只能包含数字、空格、括号和“-”";

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Latitude is null && Longitude is not null) yield return new ValidationResult("请同时填写纬度", [nameof(Latitude)]);
            if (Latitude is not null && Longitude is null) yield return new ValidationResult("请同时填写经度", [nameof(Longitude)]);
        }

        public StationDetails ToDetails() => new(
            Name, Kind!.Value, AreaId!.Value, Address, Latitude, Longitude, OpeningHours, ContactPhone, LiaisonOfficer, LiaisonOfficerPhone, Introduction);
    }

    public sealed class Handler(AppDbContext db)
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "已有同名的联络站，请换一个名称。");

        public Task<IReadOnlyList<SelectListItem>> AreasAsync(int? current, CancellationToken ct) => StationOptions.AreasAsync(db, current, ct);

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Stations.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new Command
                {
                    Version = s.Version,
                    Name = s.Name,
                    Kind = s.Kind,
                    AreaId = s.AreaId,
                    Address = s.Address,
                    Latitude = s.Latitude,
                    Longitude = s.Longitude,
                    OpeningHours = s.OpeningHours,
                    ContactPhone = s.ContactPhone,
                    LiaisonOfficer = s.LiaisonOfficer,
                    LiaisonOfficerPhone = s.LiaisonOfficerPhone,
                    Introduction = s.Introduction,
                })
                .SingleOrDefaultAsync(ct);

        /// <summary>Saves and returns the station's id.</summary>
        public async Task<CommandResult<int>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            if (!await db.Areas.AnyAsync(a => a.Id == input.AreaId, ct)) return CommandResult<int>.Fail(Concurrency.MissingReference, "Input.AreaId");
            return id is { } existing
                ? await db.RunAsync(db.Stations, existing, input.Version, station =>
                {
                    station.Update(input.ToDetails());
                    return station.Id;
                }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
                : await db.CreateAsync(() => db.Stations.Add(LiaisonStation.Create(input.ToDetails())).Entity.Id, UniqueName, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var station = await db.Stations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (station is null) return null;
            var areas = await StationOptions.AreaNamesAsync(db, ct);
            return new(new Dictionary<string, string?>
            {
                ["名称"] = station.Name,
                ["类型"] = StationLabels.Kind(station.Kind),
                ["所在区域"] = areas.GetValueOrDefault(station.AreaId),
                ["地址"] = station.Address,
                ["纬度、经度"] = station.Latitude is { } lat && station.Longitude is { } lon
                    ? string.Create(CultureInfo.InvariantCulture, $"{lat}, {lon}")
                    : null,
                ["开放时间"] = station.OpeningHours,
                ["联系电话"] = station.ContactPhone,
                ["联络员"] = station.LiaisonOfficer,
                ["联络员电话"] = station.LiaisonOfficerPhone,
                ["简介"] = station.Introduction,
                ["状态"] = ReferenceLabels.Active(station.IsActive),
            }, station.Version);
        }
    }
}
