using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Deputies;
using CongressPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// 网上提交建议: a deputy submits a suggestion with themselves as the lead (from the deputy_id claim); while a session sits
/// it is a session suggestion numbered in that session, otherwise a between-session one (S3). It waits in 待审查 until
/// staff accept it (docs/domain/suggestions.md). A likely repeat of the deputy's own suggestion is shown with links, and
/// submitted only when the deputy confirms (S63). With <c>?issue=</c> it turns an issue raised at a reception
/// the deputy attended into the suggestion and links the two (docs/domain/stations.md#reception-records).
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class CreateModel(CreateModel.Handler handler) : PageModel
{
    public const string FilesField = "Files";

    [BindProperty(SupportsGet = true, Name = "issue")] public int? IssueId { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty(Name = FilesField)] public IReadOnlyList<IFormFile> Files { get; set; } = [];

    public Form Context { get; private set; } = null!;

    /// <summary>The co-signer picker's search text (server-side filter, when the browser runs no script).</summary>
    [BindProperty(Name = DeputyPicker.QueryName)] public string? CoSignerQuery { get; set; }

    public DeputyPicker Picker => new($"{nameof(Input)}.{nameof(Command.CoSignerIds)}", "cosigners", "附议代表（可不选）",
        "本届在任的市人大代表，按代表团分组、按姓氏笔画排列；可输入姓名、代表团或代表证号查找，勾选后提交。您本人是领衔代表，不必选择。所选代表要在其代表工作台确认附议。",
        Context.CoSigners, [.. Input.CoSignerIds ?? []], CoSignerQuery);
    /// <summary>The deputy's own registered suggestions this one likely repeats (S63), after a refused submission.</summary>
    public IReadOnlyList<DuplicateFlag> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var context = await handler.ContextAsync(User.GetDeputyId()!.Value, IssueId, ct);
        if (context is null) return NotFound();
        Context = context;
        if (context.Issue is { } issue) Input = Handler.FromIssue(issue);
        return Page();
    }

    /// <summary>查找 in the co-signer picker: the form again with everything kept, the list filtered; nothing is saved.</summary>
    public async Task<IActionResult> OnPostFilterCoSignersAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var context = await handler.ContextAsync(User.GetDeputyId()!.Value, IssueId, ct);
        if (context is null) return NotFound();
        Context = context;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var deputyId = User.GetDeputyId()!.Value;
        if (ModelState.IsValid)
        {
            var attachments = new List<SuggestionRegistrar.NewAttachment>();
            try
            {
                foreach (var file in Files.Where(f => f.Length > 0))
                    attachments.Add(new(file.FileName, await Uploads.ReadAsync(file, ct)));
            }
            catch (DomainRuleException exception)
            {
                ModelState.AddModelError(FilesField, exception.Message);
            }
            if (ModelState.IsValid)
            {
                var result = await handler.SubmitAsync(deputyId, IssueId, Input, attachments, User.AsDeputy(), ct);
                if (result is null) return NotFound();
                if (result.IsSuccess)
                {
                    TempData["StatusMessage"] = $"提交成功，编号为{result.Value!.Number}。工作人员审查后正式立案。";
                    return RedirectToPage("Details", new { id = result.Value.Id });
                }
                result.AddTo(ModelState, Input.GetType(), "Input", filesKey: FilesField);
                Duplicates = await handler.DuplicatesAsync(deputyId, Input, ct);
            }
        }
        var context = await handler.ContextAsync(deputyId, IssueId, ct);
        if (context is null) return NotFound();
        Context = context;
        return Page();
    }

    public sealed record Command
    {
        [Required(ErrorMessage = "请填写建议标题。"), StringLength(200, ErrorMessage = "标题不能超过 200 字。"), Display(Name = "标题")]
        public string Title { get; init; } = "";

        [Required(ErrorMessage = "请填写建议内容。"), StringLength(20000, ErrorMessage = "建议内容不能超过 20000 字。"), Display(Name = "建议内容")]
        public string Content { get; init; } = "";

        [Required(ErrorMessage = "请选择建议类别。"), Display(Name = "类别")]
        public int? CategoryId { get; init; }

        /// <summary>Optional (nullable, so no implicit required rule): a suggestion may have no co-signers.</summary>
        [Display(Name = "附议代表")]
        public IReadOnlyList<int>? CoSignerIds { get; init; }

        /// <summary>The deputy looked at the similar suggestions shown and submits anyway (recorded on its timeline).</summary>
        public bool NotDuplicate { get; init; }
    }

    /// <summary>The suggestion an issue was already turned into; <see cref="Mine"/> when the deputy may open it.</summary>
    public sealed record Linked(int Id, string Number, bool Mine);

    public sealed record Issue(int Id, DateOnly Date, string Station, string Summary, int? CategoryId, Linked? LinkedTo);

    public sealed record Form(IReadOnlyList<SelectListItem> Categories, IReadOnlyList<DeputyChoice> CoSigners, Issue? Issue);

    public sealed record Submitted(int Id, string Number);

    public sealed class Handler(AppDbContext db, SuggestionRegistrar registrar, TimeProvider clock)
    {
        public const string AlreadyLinked = "这个反映事项已经转为代表建议，不能重复提交。";

        public const string NotACoSigner = "附议代表须为本届在任的市人大代表。";

        public const string CategoryInactive = "请选择有效的建议类别。";

        /// <summary>The form's choices, and the issue to turn into a suggestion; null when the issue is not from a reception the deputy attended.</summary>
        public async Task<Form?> ContextAsync(int deputyId, int? issueId, CancellationToken ct)
        {
            Issue? issue = null;
            if (issueId is { } id)
            {
                issue = await IssueAsync(deputyId, id, ct);
                if (issue is null) return null;
            }
            var categories = await db.SuggestionCategories.AsNoTracking()
                .Where(c => c.IsActive)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToListAsync(ct);
            var deputies = await (await CoSignersAsync(deputyId, ct))
                .OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).ThenBy(d => d.Id)
                .Select(d => new DeputyChoice(d.Id, d.Name, d.Delegation != null ? d.Delegation.Name : null, d.Number))
                .ToListAsync(ct);
            return new Form(categories, deputies, issue);
        }

        /// <summary>What an issue pre-fills: its summary as the title and the facts of the reception as the opening of the content.</summary>
        public static Command FromIssue(Issue issue)
        {
            ArgumentNullException.ThrowIfNull(issue);
            var summary = issue.Summary.Trim();
            return new Command
            {
                Title = summary.Length > 200 ? summary[..200] : summary,
                Content = $"{Display.Date(issue.Date)}，我在{issue.Station}接待群众时，群众反映：{summary}\n\n",
                CategoryId = issue.CategoryId,
            };
        }

        /// <summary>Registers the suggestion; null when the issue named is not from a reception the deputy attended (the page answers 404).</summary>
        public async Task<CommandResult<Submitted>?> SubmitAsync(int deputyId, int? issueId, Command input,
            IReadOnlyList<SuggestionRegistrar.NewAttachment> attachments, Actor actor, CancellationToken ct)
        {
            ReceptionIssue? issue = null;
            if (issueId is { } id)
            {
                // Tracked, in this DbContext: the link is saved in the registrar's SaveChanges, with the suggestion.
                issue = await AttendedIssues(deputyId).FirstOrDefaultAsync(i => i.Id == id, ct);
                if (issue is null) return null;
                if (issue.SuggestionId is not null) return CommandResult<Submitted>.Fail(AlreadyLinked);
            }
            var coSigners = (input.CoSignerIds ?? []).Distinct().ToList();
            var allowed = await (await CoSignersAsync(deputyId, ct)).Where(d => coSigners.Contains(d.Id)).CountAsync(ct);
            if (allowed != coSigners.Count) return CommandResult<Submitted>.Fail(NotACoSigner, $"{nameof(CreateModel.Input)}.{nameof(Command.CoSignerIds)}");
            if (!await db.SuggestionCategories.AnyAsync(c => c.Id == input.CategoryId && c.IsActive, ct))
                return CommandResult<Submitted>.Fail(CategoryInactive, $"{nameof(CreateModel.Input)}.{nameof(Command.CategoryId)}");

            var draft = await DraftAsync(deputyId, input, coSigners, ct);
            var result = await registrar.RegisterCheckedAsync([draft], actor, attachments, new SuggestionRegistrar.Registration
            {
                CheckDuplicates = true,
                OnlyOfDeputy = deputyId,
                NotDuplicates = input.NotDuplicate ? new HashSet<int> { 0 } : new HashSet<int>(),
                BeforeSave = issue is null ? null : created =>
                {
                    // The registrar clears the change tracker before it draws a number again: track the issue anew then.
                    if (db.Entry(issue).State == EntityState.Detached) db.Attach(issue);
                    issue.LinkSuggestion(created[0].Id);
                },
            }, ct);
            // The issue is the only record saved with the suggestion that someone else can change: a second
            // submission of the same issue (a double click, two tabs) linked it first.
            if (!result.IsSuccess && result.IsConflict && issue is not null) return CommandResult<Submitted>.Fail(AlreadyLinked);
            if (!result.IsSuccess) return result.As<Submitted>();
            var suggestion = result.Value![0];
            return CommandResult<Submitted>.Ok(new Submitted(suggestion.Id, suggestion.Number));
        }


        /// <summary>The deputy's own suggestions that the form likely repeats (S63).</summary>
        public async Task<IReadOnlyList<DuplicateFlag>> DuplicatesAsync(int deputyId, Command input, CancellationToken ct)
        {
            if (input.CategoryId is null || string.IsNullOrWhiteSpace(input.Title)) return [];
            var draft = await DraftAsync(deputyId, input, (input.CoSignerIds ?? []).Distinct().ToList(), ct);
            return await registrar.DescribeAsync((await registrar.DuplicatesAsync([draft], deputyId, ct))[0], ct);
        }

        /// <summary>The draft of an online submission: numbered in the session that sits today, else between sessions (S3).</summary>
        private async Task<SuggestionDraft> DraftAsync(int deputyId, Command input, List<int> coSigners, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            var sessions = await db.Sessions.AsNoTracking()
                .Where(s => s.StartDate <= today && (s.EndDate ?? s.StartDate) >= today)
                .Select(s => new SessionDates(s.Id, s.StartDate, s.EndDate))
                .ToListAsync(ct);
            var (source, sessionId, year) = SuggestionNumbering.OnlineSource(today, sessions);
            return new SuggestionDraft(source, sessionId, year, deputyId, coSigners, input.Title, input.Content, input.CategoryId!.Value, today);
        }

        /// <summary>Issues raised at receptions the deputy attended (ReceptionDeputy): the only ones they may turn into a suggestion.</summary>
        private IQueryable<ReceptionIssue> AttendedIssues(int deputyId) =>
            db.Receptions.Where(r => r.Deputies.Any(d => d.DeputyId == deputyId)).SelectMany(r => r.Issues);

        private async Task<Issue?> IssueAsync(int deputyId, int issueId, CancellationToken ct)
        {
            var row = await (
                    from r in db.Receptions.AsNoTracking()
                    from i in r.Issues
                    join s in db.Stations on r.StationId equals s.Id
                    where i.Id == issueId && r.Deputies.Any(d => d.DeputyId == deputyId)
                    select new { i.Id, r.Date, Station = s.Name, i.Summary, i.CategoryId, i.SuggestionId })
                .SingleOrDefaultAsync(ct);
            if (row is null) return null;
            Linked? linked = null;
            if (row.SuggestionId is { } suggestionId)
            {
                var target = await db.Suggestions.AsNoTracking().Where(s => s.Id == suggestionId)
                    .Select(s => new { s.Number, Mine = s.Deputies.Any(d => d.DeputyId == deputyId) })
                    .SingleAsync(ct);
                linked = new Linked(suggestionId, target.Number, target.Mine);
            }
            return new Issue(row.Id, row.Date, row.Station, row.Summary, row.CategoryId, linked);
        }

        /// <summary>Who may co-sign: serving municipal deputies of the current term, other than the deputy.</summary>
        private async Task<IQueryable<DeputyEntity>> CoSignersAsync(int deputyId, CancellationToken ct)
        {
            var term = await db.CurrentTermAsync(ChinaTime.Today(clock.GetUtcNow()), ct);
            var termId = term?.Id ?? 0;
            return db.Deputies.AsNoTracking().WithPublicProfile()
                .Where(d => d.TermId == termId && d.Status == DeputyStatus.Serving && d.Id != deputyId);
        }
    }
}
