using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference;

/// <summary>
/// The data work shared by the two kinds of meeting numbered within a term (<see cref="INumberedInTerm{TSelf}"/>): the
/// congress's sessions and the standing committee's meetings. Their pages differ only in their dates.
/// </summary>
internal static class TermNumbered
{
    /// <summary>The terms as options (newest first): sessions and meetings belong to one, and their lists filter by it.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> TermOptionsAsync(this AppDbContext db, CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.Number).ToListAsync(ct);
        return terms.Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>The meetings of one term (or of all), the newest term and meeting first, each as a row with its full name.</summary>
    public static async Task<IReadOnlyList<TRow>> ListAsync<T, TRow>(this IQueryable<T> meetings, int? termId, Func<T, string, TRow> row, CancellationToken ct)
        where T : class, INumberedInTerm<T>
    {
        var query = meetings.AsNoTracking().Include(nameof(INumberedInTerm<T>.Term));
        if (termId is { } id) query = query.Where(m => m.TermId == id);
        var list = await query.ToListAsync(ct);
        return list.OrderByDescending(m => m.Term.Number).ThenByDescending(m => m.Number)
            .Select(m => row(m, T.FormatName(m.Term.Number, m.Number))).ToList();
    }

    /// <summary>The term a new meeting goes under (the one asked for, else the latest) and the number after its last meeting.</summary>
    public static async Task<(int? TermId, int Number)> NextAsync<T>(this AppDbContext db, IQueryable<T> meetings, int? termId, CancellationToken ct)
        where T : class, INumberedInTerm<T>
    {
        termId ??= await db.Terms.OrderByDescending(t => t.Number).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        var last = await meetings.Where(m => m.TermId == termId).MaxAsync(m => (int?)m.Number, ct);
        return (termId, (last ?? 0) + 1);
    }

    /// <summary>The meeting with its term, and its full name (empty when it is gone).</summary>
    public static async Task<(T? Meeting, string Name)> NamedAsync<T>(this IQueryable<T> meetings, int id, bool tracked, CancellationToken ct)
        where T : class, INumberedInTerm<T>
    {
        var query = tracked ? meetings : meetings.AsNoTracking();
        var meeting = await query.Include(nameof(INumberedInTerm<T>.Term)).SingleOrDefaultAsync(m => m.Id == id, ct);
        return (meeting, meeting is null ? "" : T.FormatName(meeting.Term.Number, meeting.Number));
    }

    /// <summary>
    /// Saves a meeting from its form: the term must exist; a new one is added through <paramref name="create"/>, an existing
    /// one changed through <paramref name="update"/> with the version check, its current values shown after a lost race
    /// (its name and the <paramref name="dates"/>). The value is the saved meeting's full name.
    /// </summary>
    public static async Task<CommandResult<string>> SaveAsync<T>(this AppDbContext db, DbSet<T> meetings, int? id, TermNumberedCommand input,
        Func<int, T> create, Action<T, int> update, Func<T, IEnumerable<KeyValuePair<string, string?>>> dates, Concurrency.UniqueField unique, CancellationToken ct)
        where T : class, INumberedInTerm<T>
    {
        var term = await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == input.TermId, ct);
        if (term is null) return CommandResult<string>.Fail(Concurrency.MissingReference, "Input.TermId");
        if (id is not { } existing)
        {
            return await db.CreateAsync(() => T.FormatName(term.Number, meetings.Add(create(term.Id)).Entity.Number), unique, ct);
        }
        return await db.RunAsync(meetings, existing, input.Version, meeting =>
        {
            update(meeting, term.Id);
            return T.FormatName(term.Number, meeting.Number);
        }, new CommandOptions { Current = token => CurrentAsync(meetings, existing, dates, token), Unique = unique }, ct);
    }

    private static async Task<Concurrency.Snapshot?> CurrentAsync<T>(IQueryable<T> meetings, int id, Func<T, IEnumerable<KeyValuePair<string, string?>>> dates, CancellationToken ct)
        where T : class, INumberedInTerm<T>
    {
        var (meeting, name) = await meetings.NamedAsync(id, tracked: false, ct);
        if (meeting is null) return null;
        return new(new Dictionary<string, string?>([new("会议", name), .. dates(meeting)]), meeting.Version);
    }

    /// <summary>Deletes a meeting nothing refers to; one in use is refused with the shared message.</summary>
    public static async Task<CommandResult<string>> DeleteAsync<T>(this AppDbContext db, IQueryable<T> meetings, int id, CancellationToken ct)
        where T : class, INumberedInTerm<T>
    {
        var (meeting, name) = await meetings.NamedAsync(id, tracked: true, ct);
        return await db.TryDeleteAsync(meeting, name, ct);
    }
}

/// <summary>The list page's data work for meetings numbered within a term.</summary>
public interface ITermNumberedList<TRow>
{
    Task<(IReadOnlyList<TRow> Rows, IReadOnlyList<SelectListItem> Terms)> ListAsync(int? termId, CancellationToken ct);

    Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct);
}

/// <summary>The list of sessions or meetings, optionally of one term (?term=), with deletion of a row nothing refers to.</summary>
public abstract class TermNumberedIndexPage<TRow>(ITermNumberedList<TRow> handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? TermId { get; set; }

    public IReadOnlyList<TRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Rows, Terms) = await handler.ListAsync(TermId, ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { term = TermId });
    }
}

/// <summary>The form of a meeting numbered within a term: the version shown, its term; the kinds add their number and dates.</summary>
public abstract record TermNumberedCommand
{
    public uint Version { get; init; }

    [Required(ErrorMessage = "请选择届次"), Display(Name = "届次")]
    public int? TermId { get; init; }

    [Required(ErrorMessage = "请填写第几次会议"), Range(1, 999, ErrorMessage = "会议次数应为1到999之间的整数"), Display(Name = "第几次会议")]
    public int? Number { get; init; }
}

/// <summary>An editor of meetings numbered within a term, which also offers the terms.</summary>
public interface ITermNumberedEditor<TCommand> : IReferenceEditor<TCommand> where TCommand : class
{
    Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct);
}

/// <summary>The editor's part common to sessions and meetings: the terms offered, the next number, the save.</summary>
public abstract class TermNumberedEditor<T, TCommand>(AppDbContext db) : ITermNumberedEditor<TCommand>
    where T : class, INumberedInTerm<T>
    where TCommand : TermNumberedCommand, new()
{
    protected AppDbContext Db => db;

    protected abstract DbSet<T> Meetings { get; }

    /// <summary>The unique index on (term, number) and what to say next to the number when it is hit.</summary>
    protected abstract Concurrency.UniqueField UniqueNumberInTerm { get; }

    public Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct) => db.TermOptionsAsync(ct);

    /// <summary>The next meeting of the given (or the latest) term.</summary>
    public async Task<TCommand> NewAsync(int? scope, CancellationToken ct)
    {
        var (termId, number) = await db.NextAsync(Meetings, scope, ct);
        return new TCommand { TermId = termId, Number = number };
    }

    public abstract Task<TCommand?> LoadAsync(int id, CancellationToken ct);

    public Task<CommandResult<string>> SaveAsync(int? id, TCommand input, CancellationToken ct) =>
        db.SaveAsync(Meetings, id, input, termId => Create(termId, input), (meeting, termId) => Update(meeting, termId, input), Dates,
            UniqueNumberInTerm, ct);

    protected abstract T Create(int termId, TCommand input);

    protected abstract void Update(T meeting, int termId, TCommand input);

    /// <summary>The meeting's dates as the conflict panel shows them.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> Dates(T meeting);
}

/// <summary>Creates a session or meeting (?term= preselects the term, the number follows the last) or edits one; back to the list of its term.</summary>
public abstract class TermNumberedEditPage<TCommand>(ITermNumberedEditor<TCommand> editor) : ReferenceEditPage<TCommand>(editor)
    where TCommand : TermNumberedCommand, new()
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    protected override int? Scope => Term;

    protected override object ListRoute => new { term = Input.TermId };

    protected override async Task LoadOptionsAsync(CancellationToken ct) => Terms = await editor.TermsAsync(ct);
}
