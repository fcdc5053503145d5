using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// Creates a deputy (no id) or edits one (/{id}): the profile, private data and groups. A municipal deputy needs a
/// term and a number unique in it; a deputy of another level is recorded with a minimal profile. The level is
/// chosen once, at creation.
/// </summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public FormOptions Choices { get; private set; } = FormOptions.Empty;

    public string Heading => Id is null ? "新增代表" : $"编辑代表：{Input.Name}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await handler.LoadAsync(id, ct) : await handler.NewAsync(ct);
        if (input is null) return NotFound();
        Input = input;
        Choices = await handler.OptionsAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, message) in Input.LevelErrors()) ModelState.AddModelError(field, message);
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存代表“{Input.Name.Trim()}”的信息。";
                return RedirectToPage("Details", new { id = result.Value });
            }
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        Choices = await handler.OptionsAsync(Input, ct);
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        /// <summary>Chosen at creation only; the edit form carries it so the term and number rules can be checked.</summary>
        [Display(Name = "代表层级")]
        public DeputyLevel Level { get; init; } = DeputyLevel.Municipal;

        [Display(Name = "届次")]
        public int? TermId { get; init; }

        [StringLength(20, ErrorMessage = "代表证号不能超过20个字符"), Display(Name = "代表证号")]
        public string? Number { get; init; }

        [Required(ErrorMessage = "请填写姓名"), StringLength(50, ErrorMessage = "姓名不能超过50个字"), Display(Name = "姓名")]
        public string Name { get; init; } = "";

        [Required(ErrorMessage = "请选择性别"), Display(Name = "性别")]
        public Gender? Gender { get; init; }

        [FromList(ProfileList.Ethnicity), Display(Name = "民族")]
        public string? Ethnicity { get; init; }

        [Display(Name = "出生日期")]
        public DateOnly? BirthDate { get; init; }

        [FromList(ProfileList.Party), Display(Name = "政治面貌")]
        public string? Party { get; init; }

        [FromList(ProfileList.Education), Display(Name = "学历")]
        public string? Education { get; init; }

        [StringLength(100, ErrorMessage = "工作单位及职务不能超过100个字"), Display(Name = "工作单位及职务")]
        public string? WorkUnitAndTitle { get; init; }

        [StringLength(50, ErrorMessage = "选区不能超过50个字"), Display(Name = "选区或选举单位")]
        public string? Constituency { get; init; }

        [Mobile, Display(Name = "手机号码")]
        public string? Mobile { get; init; }

        [IdNumber, Display(Name = "公民身份号码")]
        public string? IdNumber { get; init; }

        [StringLength(100, ErrorMessage = "家庭住址不能超过100个字"), Display(Name = "家庭住址")]
        public string? HomeAddress { get; init; }

        [Display(Name = "代表团")]
        public int? DelegationId { get; init; }

        [Display(Name = "代表小组")]
        public int? DeputyGroupId { get; init; }

        [Display(Name = "专业代表小组")]
        public int? ProfessionalGroupId { get; init; }

        /// <summary>Municipal deputies need a term and a number (the domain checks it again).</summary>
        public IEnumerable<(string Field, string Message)> LevelErrors()
        {
            if (Level != DeputyLevel.Municipal) yield break;
            if (TermId is null) yield return ("Input.TermId", "市人大代表须选择届次");
            if (string.IsNullOrWhiteSpace(Number)) yield return ("Input.Number", "市人大代表须填写代表证号");
        }
    }

    public sealed record FormOptions(
        IReadOnlyList<SelectListItem> Terms,
        IReadOnlyList<SelectListItem> Delegations,
        IReadOnlyList<SelectListItem> RegionalGroups,
        IReadOnlyList<SelectListItem> ProfessionalGroups)
    {
        public static readonly FormOptions Empty = new([], [], [], []);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "本届已有相同代表证号的代表，请核对。");

        public async Task<Command> NewAsync(CancellationToken ct) => new()
        {
            Level = DeputyLevel.Municipal,
            TermId = await db.Terms.AsNoTracking().CurrentTermIdAsync(ChinaTime.Today(clock.GetUtcNow()), ct),
        };

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Deputies.AsNoTracking()
                .Where(d => d.Id == id)
                .Select(d => new Command
                {
                    Version = d.Version,
                    Level = d.Level,
                    TermId = d.TermId,
                    Number = d.Number,
                    Name = d.Name,
                    Gender = d.Gender,
                    Ethnicity = d.Ethnicity,
                    BirthDate = d.BirthDate,
                    Party = d.Party,
                    Education = d.Education,
                    WorkUnitAndTitle = d.WorkUnitAndTitle,
                    Constituency = d.Constituency,
                    Mobile = d.Mobile,
                    IdNumber = d.IdNumber,
                    HomeAddress = d.HomeAddress,
                    DelegationId = d.DelegationId,
                    DeputyGroupId = d.DeputyGroupId,
                    ProfessionalGroupId = d.ProfessionalGroupId,
                })
                .SingleOrDefaultAsync(ct);

        public async Task<FormOptions> OptionsAsync(Command input, CancellationToken ct) => new(
            await RegistryOptions.TermsAsync(db, ct),
            await RegistryOptions.DelegationsAsync(db, null, input.DelegationId, ct),
            await RegistryOptions.GroupsAsync(db, DeputyGroupKind.Regional, input.DeputyGroupId, ct),
            await RegistryOptions.GroupsAsync(db, DeputyGroupKind.Professional, input.ProfessionalGroupId, ct));

        public async Task<CommandResult<int>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            // The level is chosen once, at creation; an edit keeps the stored one whatever the form says.
            var level = id is null ? input.Level : await db.Deputies.Where(d => d.Id == id).Select(d => (DeputyLevel?)d.Level).SingleOrDefaultAsync(ct) ?? input.Level;
            // Deputies of other levels are not elected by this congress: no term, number or delegation of its own.
            var termId = level == DeputyLevel.Municipal ? input.TermId : null;
            var number = level == DeputyLevel.Municipal ? input.Number?.Trim() : null;
            if (await CheckReferencesAsync(id, termId, number, input, ct) is { } refused) return CommandResult<int>.Refused(refused);

            var profile = new DeputyProfile(input.Name, input.Gender!.Value, input.Ethnicity, input.BirthDate, input.Party, input.Education,
                input.WorkUnitAndTitle, input.Constituency);
            var data = new DeputyPrivateData(input.Mobile, input.IdNumber, input.HomeAddress);
            return id is { } existing
                ? await db.RunAsync(db.Deputies, existing, input.Version, deputy =>
                {
                    deputy.SetTermAndNumber(termId, number);
                    deputy.UpdateProfile(profile);
                    Complete(deputy, data, input);
                    return deputy.Id;
                }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueNumber }, ct)
                : await db.CreateAsync(() =>
                {
                    var deputy = level == DeputyLevel.Municipal
                        ? DeputyEntity.CreateMunicipal(termId ?? 0, number ?? "", profile)
                        : DeputyEntity.CreateOtherLevel(level, profile);
                    Complete(deputy, data, input);
                    return db.Deputies.Add(deputy).Entity.Id;
                }, UniqueNumber, ct);
        }

        private static void Complete(DeputyEntity deputy, DeputyPrivateData data, Command input)
        {
            deputy.UpdatePrivateData(data);
            deputy.AssignGroups(input.DelegationId, input.DeputyGroupId, input.ProfessionalGroupId);
        }

        /// <summary>The rules that need other rows: the number free in the term, the delegation of that term, groups of the right kind.</summary>
        private async Task<Refusal?> CheckReferencesAsync(int? id, int? termId, string? number, Command input, CancellationToken ct)
        {
            if (termId is not null && !string.IsNullOrEmpty(number))
            {
                var holder = await db.Deputies.AsNoTracking()
                    .Where(d => d.TermId == termId && d.Number == number && d.Id != id)
                    .Select(d => d.Name)
                    .FirstOrDefaultAsync(ct);
                if (holder is not null) return DeputyMessages.NumberTaken(number, holder);
            }
            if (input.DelegationId is { } delegationId && !await db.Delegations.AnyAsync(d => d.Id == delegationId && d.TermId == termId, ct))
            {
                return DeputyMessages.DelegationOfOtherTerm;
            }
            if (input.DeputyGroupId is { } regional && !await db.DeputyGroups.AnyAsync(g => g.Id == regional && g.Kind == DeputyGroupKind.Regional, ct))
            {
                return DeputyMessages.GroupKindMismatch;
            }
            if (input.ProfessionalGroupId is { } professional && !await db.DeputyGroups.AnyAsync(g => g.Id == professional && g.Kind == DeputyGroupKind.Professional, ct))
            {
                return DeputyMessages.GroupKindMismatch.On(nameof(Command.ProfessionalGroupId));
            }
            return null;
        }

        /// <summary>The deputy as someone else saved it, for the conflict panel (staff see private data in full anyway).</summary>
        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var d = await db.Deputies.AsNoTracking()
                .Where(x => x.Id == id)
                .Select(x => new
                {
                    x.Number, x.Name, x.Gender, x.Ethnicity, x.BirthDate, x.Party, x.Education, x.WorkUnitAndTitle, x.Constituency,
                    x.Mobile, x.IdNumber, x.HomeAddress, Delegation = x.Delegation!.Name, DeputyGroup = x.DeputyGroup!.Name,
                    ProfessionalGroup = x.ProfessionalGroup!.Name, x.Version,
                })
                .SingleOrDefaultAsync(ct);
            if (d is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["代表证号"] = d.Number,
                ["姓名"] = d.Name,
                ["性别"] = DeputyLists.GenderName(d.Gender),
                ["民族"] = d.Ethnicity,
                ["出生日期"] = d.BirthDate is { } birth ? Display.Date(birth) : null,
                ["政治面貌"] = d.Party,
                ["学历"] = d.Education,
                ["工作单位及职务"] = d.WorkUnitAndTitle,
                ["选区或选举单位"] = d.Constituency,
                ["手机号码"] = d.Mobile,
                ["公民身份号码"] = d.IdNumber,
                ["家庭住址"] = d.HomeAddress,
                ["代表团"] = d.Delegation,
                ["代表小组"] = d.DeputyGroup,
                ["专业代表小组"] = d.ProfessionalGroup,
            }, d.Version);
        }
    }
}
