using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 登记建议: staff enter a suggestion from the paper form (docs/domain/suggestions.md) with its scans. The number comes from the
/// session's (or the year's) counter when it is saved, together with the files: all of it is saved or none.
/// </summary>
// Filters apply to the page as a whole: a little above the 20 MB file limit, so an oversized file gets a message.
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class CreateModel(CreateModel.Handler handler) : PageModel
{
    public const string AttachmentsField = "Attachments";

    public const string ReselectFiles = "请重新选择附件：出于安全原因，浏览器不会保留已选择的文件。";

    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty(Name = AttachmentsField)] public IReadOnlyList<IFormFile> Attachments { get; set; } = [];

    public FormChoices Choices { get; private set; } = FormChoices.Empty;

    /// <summary>The co-signer picker's search text (server-side filter, when the browser runs no script).</summary>
    [BindProperty(Name = DeputyPicker.QueryName)] public string? CoSignerQuery { get; set; }

    /// <summary>A refused post that carried files: the browser has dropped them, so the user is told to choose them again.</summary>
    public bool MustReselectFiles { get; private set; }

    /// <summary>Registered suggestions this one likely repeats (S63), shown when the save was refused or the form came back.</summary>
    public IReadOnlyList<DuplicateFlag> Duplicates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = await handler.NewAsync(ct);
        Choices = await handler.ChoicesAsync(Input, ct);
    }

    /// <summary>查找 in the co-signer picker: the form again with everything kept, the list filtered; nothing is saved.</summary>
    public async Task OnPostFilterCoSignersAsync(CancellationToken ct)
    {
        ModelState.Clear();
        MustReselectFiles = Attachments.Any(f => f.Length > 0);
        Choices = await handler.ChoicesAsync(Input, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, message) in Input.ShapeErrors()) ModelState.AddModelError(field, message);
        if (ModelState.IsValid)
        {
            var result = await handler.RegisterAsync(Input, Attachments, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已登记，编号：{result.Value!.Number}";
                return RedirectToPage("Details", new { id = result.Value.Id });
            }
            SuggestionForm.Show(result, ModelState);
            Duplicates = await handler.DuplicatesAsync(Input, ct);
        }
        MustReselectFiles = Attachments.Any(f => f.Length > 0);
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    /// <summary>What staff fill in to register or correct a suggestion; shared by <see cref="EditModel"/>.</summary>
    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请选择来源"), Display(Name = "来源")]
        public SuggestionSource? Source { get; init; }

        [Display(Name = "所属会议")]
        public int? SessionId { get; init; }

        [Range(1980, 2200, ErrorMessage = "年度须在 1980 到 2200 之间"), Display(Name = "年度")]
        public int? Year { get; init; }

        [Required(ErrorMessage = "请选择领衔代表"), Display(Name = "领衔代表")]
        public int? LeadDeputyId { get; init; }

        // A List (not IReadOnlyList) so that model binding fills it from the multiple select.
        [Display(Name = "附议代表")]
        public List<int> CoSignerIds { get; init; } = [];

        [Required(ErrorMessage = "请填写标题"), StringLength(200, ErrorMessage = "标题不能超过200个字"), Display(Name = "标题")]
        public string? Title { get; init; }

        [Required(ErrorMessage = "请填写建议内容"), StringLength(20000, ErrorMessage = "建议内容不能超过20000个字"), Display(Name = "建议内容")]
        public string? Content { get; init; }

        [Required(ErrorMessage = "请选择类别"), Display(Name = "类别")]
        public int? CategoryId { get; init; }

        [Required(ErrorMessage = "请填写收到日期"), Display(Name = "收到日期")]
        public DateOnly? ReceivedOn { get; init; }

        /// <summary>The user confirmed the domain's warning (a session suggestion received long after the session).</summary>
        public bool Confirmed { get; init; }

        /// <summary>“不是重复，仍然登记”: staff checked the likely duplicates shown and register it anyway (recorded on its timeline).</summary>
        public bool NotDuplicate { get; init; }

        /// <summary>The rules a form can check before the domain does (the domain checks them again).</summary>
        public IEnumerable<(string Field, string Message)> ShapeErrors()
        {
            if (Source == SuggestionSource.DuringSession && SessionId is null) yield return ("Input.SessionId", SuggestionMessages.SessionRequired.Message);
            if (LeadDeputyId is { } lead && CoSignerIds.Contains(lead)) yield return ("Input.CoSignerIds", SuggestionMessages.LeadNotCoSigner.Message);
        }

        /// <summary>
        /// The draft for the domain. The year, when left empty, is the session's (会议期间) or that of the date received
        /// (闭会期间): between sessions it picks the year's numbering.
        /// </summary>
        public SuggestionDraft ToDraft(int? sessionYear) => new(
            Source!.Value,
            Source == SuggestionSource.DuringSession ? SessionId : null,
            Year ?? (Source == SuggestionSource.DuringSession ? sessionYear : null) ?? ReceivedOn!.Value.Year,
            LeadDeputyId!.Value,
            CoSignerIds.Where(id => id > 0).Distinct().ToList(),
            Title ?? "",
            Content ?? "",
            CategoryId!.Value,
            ReceivedOn!.Value);
    }

    /// <summary>The form's lists; <see cref="CoSigners"/> are the same deputies as <see cref="Deputies"/>, for the picker.</summary>
    public sealed record FormChoices(
        IReadOnlyList<SelectListItem> Sources,
        IReadOnlyList<SelectListItem> Sessions,
        IReadOnlyList<SelectListItem> Deputies,
        IReadOnlyList<SelectListItem> Categories,
        IReadOnlyList<DeputyChoice> CoSigners)
    {
        public static readonly FormChoices Empty = new([], [], [], [], []);
    }

    /// <summary>What the shared fields partial (_StaffSuggestionFields) shows: the input, the choices and the picker's search.</summary>
    public sealed record FieldsView(Command Input, FormChoices Choices, string? CoSignerQuery)
    {
        public DeputyPicker Picker => new($"{nameof(Input)}.{nameof(Command.CoSignerIds)}", "cosigners", "附议代表",
            "本届在任的市人大代表，按代表团分组、按姓氏笔画排列；可输入姓名、代表团或代表证号查找。按纸质建议上的签名勾选，工作人员登记的附议代表无需本人确认；没有附议代表的不选，领衔代表不必再选。",
            Choices.CoSigners, Input.CoSignerIds, CoSignerQuery);
    }

    /// <summary>The choices and the checks the register and edit forms share.</summary>
    public static class SuggestionForm
    {
        /// <summary>
        /// Puts a failed registration or edit on the form: a refusal about an uploaded file next to the files, anything
        /// else next to the field the refusal names (<see cref="Forms"/>).
        /// </summary>
        public static void Show<T>(CommandResult<T> result, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState) =>
            result.AddTo(modelState, typeof(Command), "Input", filesKey: AttachmentsField);

        public static IReadOnlyList<SelectListItem> Sources() =>
            Enum.GetValues<SuggestionSource>().Select(s => new SelectListItem(SuggestionLabels.For(s), s.ToString())).ToList();

        public static async Task<FormChoices> ChoicesAsync(AppDbContext db, Command input, DateOnly today, CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, s.Number, Term = s.Term.Number, s.StartDate })
                .ToListAsync(ct);

            // The current term's serving deputies in stroke order (the official order of names), plus whoever the form already names.
            var termId = await db.Terms.AsNoTracking().CurrentTermIdAsync(today, ct);
            var named = input.CoSignerIds.Append(input.LeadDeputyId ?? 0).Where(id => id > 0).ToList();
            var deputies = await db.Deputies.AsNoTracking()
                .Where(d => (d.Level == DeputyLevel.Municipal && d.Status == DeputyStatus.Serving && (termId == null || d.TermId == termId)) || named.Contains(d.Id))
                .OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.Name, d.Number, Delegation = d.Delegation != null ? d.Delegation.Name : null })
                .ToListAsync(ct);

            var categories = await db.SuggestionCategories.AsNoTracking()
                .Where(c => c.IsActive || c.Id == input.CategoryId)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name })
                .ToListAsync(ct);

            return new FormChoices(
                Sources(),
                sessions.Select(s => new SelectListItem($"{CongressSession.FormatName(s.Term, s.Number)}（{s.StartDate.Year}年）", Id(s.Id))).ToList(),
                deputies.Select(d => new SelectListItem(DeputyLabel(d.Name, d.Number, d.Delegation), Id(d.Id))).ToList(),
                categories.Select(c => new SelectListItem(c.Name, Id(c.Id))).ToList(),
                deputies.Select(d => new DeputyChoice(d.Id, d.Name, d.Delegation, d.Number)).ToList());
        }

        public static string DeputyLabel(string name, string? number, string? delegation)
        {
            var details = string.Join("，", new[] { number, delegation }.Where(x => !string.IsNullOrEmpty(x)));
            return details.Length == 0 ? name : $"{name}（{details}）";
        }

        /// <summary>The year of the session (null when none is chosen or it does not exist).</summary>
        public static Task<int?> SessionYearAsync(AppDbContext db, int? sessionId, CancellationToken ct) =>
            db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => (int?)s.StartDate.Year).FirstOrDefaultAsync(ct);

        public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Registered(int Id, string Number);

    public sealed class Handler(AppDbContext db, SuggestionRegistrar registrar, TimeProvider clock)
    {
        public async Task<Command> NewAsync(CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            // Most suggestions are registered during or just after a session: the newest one is the likely choice.
            var latest = await db.Sessions.AsNoTracking()
                .Where(s => s.StartDate <= today)
                .OrderByDescending(s => s.StartDate).ThenByDescending(s => s.Id)
                .Select(s => (int?)s.Id)
                .FirstOrDefaultAsync(ct);
            return new Command
            {
                Source = latest is null ? SuggestionSource.BetweenSessions : SuggestionSource.DuringSession,
                SessionId = latest,
                ReceivedOn = today,
            };
        }

        public Task<FormChoices> ChoicesAsync(Command input, CancellationToken ct) =>
            SuggestionForm.ChoicesAsync(db, input, ChinaTime.Today(clock.GetUtcNow()), ct);

        /// <summary>The likely duplicates of what the form holds (S63); none while the form lacks what the check compares.</summary>
        public async Task<IReadOnlyList<DuplicateFlag>> DuplicatesAsync(Command input, CancellationToken ct)
        {
            if (input.Source is null || input.LeadDeputyId is null || input.CategoryId is null || input.ReceivedOn is null
                || (input.Source == SuggestionSource.DuringSession && input.SessionId is null)) return [];
            var draft = input.ToDraft(await SuggestionForm.SessionYearAsync(db, input.SessionId, ct));
            var found = await registrar.DuplicatesAsync([draft], null, ct);
            return await registrar.DescribeAsync(found[0], ct);
        }

        /// <summary>Registers the suggestion with its files, numbered in the same save; nothing is saved when anything is refused.</summary>
        public async Task<CommandResult<Registered>> RegisterAsync(Command input, IReadOnlyList<IFormFile> files, Actor actor, CancellationToken ct)
        {
            var attachments = new List<SuggestionRegistrar.NewAttachment>();
            try
            {
                foreach (var file in files.Where(f => f.Length > 0))
                    attachments.Add(new(file.FileName, await Uploads.ReadAsync(file, ct)));
            }
            catch (DomainRuleException exception)
            {
                return CommandResult<Registered>.Fail(exception.Message, AttachmentsField);
            }
            var draft = input.ToDraft(await SuggestionForm.SessionYearAsync(db, input.SessionId, ct));
            var result = await registrar.RegisterCheckedAsync([draft], actor, attachments, new SuggestionRegistrar.Registration
            {
                Confirmed = input.Confirmed,
                CheckDuplicates = true,
                NotDuplicates = input.NotDuplicate ? new HashSet<int> { 0 } : new HashSet<int>(),
            }, ct);
            if (!result.IsSuccess) return result.As<Registered>();
            var suggestion = result.Value![0];
            return CommandResult<Registered>.Ok(new Registered(suggestion.Id, suggestion.Number));
        }
    }
}
