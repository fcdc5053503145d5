using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Corrects what was registered, while the suggestion is still under review or waiting to be assigned. The
/// source and the session fixed the number, so they cannot change here (nor the year of a between-session
/// number); the form carries the version it showed, and a suggestion someone changed meanwhile is not overwritten.
/// </summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public CreateModel.Command Input { get; set; } = new();

    public CreateModel.FormChoices Choices { get; private set; } = CreateModel.FormChoices.Empty;

    public Fixed Facts { get; private set; } = null!;

    /// <summary>The co-signer picker's search text (server-side filter, when the browser runs no script).</summary>
    [BindProperty(Name = DeputyPicker.QueryName)] public string? CoSignerQuery { get; set; }

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (loaded is null) return NotFound();
        (Input, Facts) = loaded.Value;
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    /// <summary>查找 in the co-signer picker: the form again with everything kept, the list filtered; nothing is saved.</summary>
    public async Task<IActionResult> OnPostFilterCoSignersAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (loaded is null) return NotFound();
        Facts = loaded.Value.Facts;
        ModelState.Clear();
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (loaded is null) return NotFound();
        Facts = loaded.Value.Facts;
        foreach (var (field, message) in Input.ShapeErrors()) ModelState.AddModelError(field, message);
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存对建议“{Facts.Number}”的修改。";
                return RedirectToPage("Details", new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            if (result.IsConflict)
            {
                // Show what the other person saved; the form keeps the user's text and now carries the newer version,
                // so saving again is a deliberate choice.
                Conflict = result.ShowOn(ModelState, Input);
                Facts = (await handler.LoadAsync(Id, User.AsStaff(), ct))?.Facts ?? Facts;
            }
            else
            {
                CreateModel.SuggestionForm.Show(result, ModelState);
            }
        }
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    /// <summary>What the edit form shows but does not change: the number, where it came from, its status.</summary>
    public sealed record Fixed(string Number, string Origin, SuggestionSource Source, SuggestionStatus Status, int Year, string? NotEditable)
    {
        public bool Editable => NotEditable is null;

        /// <summary>A between-session number holds the year: it stays.</summary>
        public bool YearFixed => Source == SuggestionSource.BetweenSessions;
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store, SuggestionRegistrar registrar, TimeProvider clock)
    {
        public async Task<(CreateModel.Command Input, Fixed Facts)?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var s = await db.Suggestions.AsNoTracking().Include(x => x.Deputies).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null) return null;
            var input = new CreateModel.Command
            {
                Version = s.Version,
                Source = s.Source,
                SessionId = s.SessionId,
                Year = s.Year,
                LeadDeputyId = s.LeadDeputyId,
                CoSignerIds = s.CoSignerIds.ToList(),
                Title = s.Title,
                Content = s.Content,
                CategoryId = s.CategoryId,
                ReceivedOn = s.ReceivedOn,
            };
            var refusal = s.Check(SuggestionAction.Edit, actor, store.Today);
            return (input, new Fixed(s.Number, await OriginAsync(s, ct), s.Source, s.Status, s.Year, refusal?.Message));
        }

        public Task<CreateModel.FormChoices> ChoicesAsync(CreateModel.Command input, CancellationToken ct) =>
            CreateModel.SuggestionForm.ChoicesAsync(db, input, ChinaTime.Today(clock.GetUtcNow()), ct);

        public Task<CommandResult<int>> SaveAsync(int id, CreateModel.Command input, Actor actor, CancellationToken ct) =>
            store.ActAsync(db.Suggestions, id, input.Version, async (s, _, now) =>
            {
                // Source and session are the stored ones (the form only shows them); so is a between-session year.
                var year = s.Source == SuggestionSource.BetweenSessions ? s.Year : input.Year ?? s.Year;
                var draft = input.ToDraft(s.Year) with { Source = s.Source, SessionId = s.SessionId, Year = year };
                s.Edit(draft, actor, now, await registrar.SessionClosedOnAsync(s.SessionId, ct), input.Confirmed);
            }, token => SnapshotAsync(id, token), ct);

        /// <summary>The suggestion as saved now, for the conflict panel.</summary>
        public async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
        {
            var s = await db.Suggestions.AsNoTracking().Include(x => x.Deputies).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null) return null;
            var ids = s.Deputies.Select(d => d.DeputyId).ToList();
            var names = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var category = await db.SuggestionCategories.AsNoTracking().Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(ct);
            return new Concurrency.Snapshot(new Dictionary<string, string?>
            {
                ["状态"] = SuggestionLabels.For(s.Status),
                ["领衔代表"] = names.GetValueOrDefault(s.LeadDeputyId),
                ["附议代表"] = string.Join("、", s.CoSignerIds.Select(d => names.GetValueOrDefault(d, ""))),
                ["标题"] = s.Title,
                ["类别"] = category,
                ["收到日期"] = Display.Date(s.ReceivedOn),
                ["年度"] = s.Year.ToString(CultureInfo.InvariantCulture),
                ["建议内容"] = s.Content,
            }, s.Version);
        }

        private async Task<string> OriginAsync(Suggestion s, CancellationToken ct)
        {
            if (s.SessionId is not { } sessionId) return $"{SuggestionLabels.For(s.Source)}（{s.Year}年）";
            var session = await db.Sessions.AsNoTracking().Where(x => x.Id == sessionId).Select(x => new { Term = x.Term.Number, x.Number }).FirstOrDefaultAsync(ct);
            return session is null ? SuggestionLabels.For(s.Source) : $"{SuggestionLabels.For(s.Source)}：{CongressSession.FormatName(session.Term, session.Number)}";
        }
    }
}
