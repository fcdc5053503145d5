using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Registers suggestions with their numbers. Numbers come from a counter row per scope (a session, or a year
/// between sessions) saved in the same transaction as the suggestions: two registrations at once cannot get
/// the same number (the counter's row version refuses the second, which then draws again), and a number is
/// never given twice, even when the suggestion later becomes a letter.
/// </summary>
public sealed class SuggestionRegistrar(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock)
{
    private const int Attempts = 5;

    /// <summary>Something saved together with the suggestions was changed by someone else meanwhile; nothing was registered.</summary>
    public const string Conflict = "提交未成功：相关记录刚被其他人修改，请刷新页面后重试。";

    /// <summary>A file to attach on registration: the name and the bytes (checked by content).</summary>
    public sealed record NewAttachment(string FileName, byte[] Content);

    /// <summary>Registers every draft or none; returns the new suggestions in the drafts' order.</summary>
    public Task<CommandResult<IReadOnlyList<Suggestion>>> RegisterAsync(
        IReadOnlyList<SuggestionDraft> drafts, Actor actor, IReadOnlyList<NewAttachment>? attachments,
        Action<IReadOnlyList<Suggestion>>? beforeSave, CancellationToken ct) =>
        RegisterAsync(drafts, actor, attachments, beforeSave, confirmed: false, ct);

    /// <summary>
    /// Registers every draft or none. A session suggestion received long after its session closed is refused with
    /// a request to confirm (<see cref="Suggestion.RegistrationWarning"/>) unless <paramref name="confirmed"/>.
    /// </summary>
    public async Task<CommandResult<IReadOnlyList<Suggestion>>> RegisterAsync(
        IReadOnlyList<SuggestionDraft> drafts, Actor actor, IReadOnlyList<NewAttachment>? attachments,
        Action<IReadOnlyList<Suggestion>>? beforeSave, bool confirmed, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var created = await CreateAsync(drafts, actor, attachments ?? [], confirmed, ct);
                beforeSave?.Invoke(created);
                await db.SaveChangesAsync(ct);
                return CommandResult<IReadOnlyList<Suggestion>>.Ok(created);
            }
            catch (DomainRuleException exception)
            {
                db.ChangeTracker.Clear();
                return CommandResult<IReadOnlyList<Suggestion>>.Refused(exception.Refusal);
            }
            catch (DbUpdateConcurrencyException exception) when (exception.Entries.Any(e => e.Entity is not SuggestionNumberCounter))
            {
                // Something saved with the suggestions (a reception issue being linked) was changed meanwhile: drawing
                // another number would not help.
                db.ChangeTracker.Clear();
                return CommandResult<IReadOnlyList<Suggestion>>.Conflict(null, null, Conflict);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && (exception is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(exception)))
            {
                // Someone drew numbers from the same counter meanwhile: draw again.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException exception) when (DbErrors.IsForeignKeyViolation(exception))
            {
                db.ChangeTracker.Clear();
                return CommandResult<IReadOnlyList<Suggestion>>.Fail(Concurrency.MissingReference);
            }
        }
    }

    /// <summary>The day a session closed, for the check of suggestions received long after it (a session still open: its first day).</summary>
    public Task<DateOnly?> SessionClosedOnAsync(int? sessionId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => (DateOnly?)(s.EndDate ?? s.StartDate)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Numbers and adds the suggestions (with their files) to the context without saving: for a caller that saves them in
    /// its own unit of work with other changes (a proposal converted into a suggestion), and retries or reports a lost race itself.
    /// </summary>
    public async Task<IReadOnlyList<Suggestion>> CreateAsync(IReadOnlyList<SuggestionDraft> drafts, Actor actor, IReadOnlyList<NewAttachment> attachments, bool confirmed, CancellationToken ct)
    {
        var rules = await rulesProvider.GetAsync(ct);
        var now = clock.GetUtcNow();
        var sessionIds = drafts.Where(d => d.SessionId is not null).Select(d => d.SessionId!.Value).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Term)
            .Where(s => sessionIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (Term: s.Term.Number, Session: s.Number, ClosedOn: s.EndDate ?? s.StartDate), ct);
        var counters = new Dictionary<string, SuggestionNumberCounter>(StringComparer.Ordinal);
        var created = new List<Suggestion>(drafts.Count);
        foreach (var draft in drafts)
        {
            var scope = SuggestionNumbering.ScopeFor(draft.Source, draft.SessionId, draft.Year);
            if (!counters.TryGetValue(scope, out var counter))
            {
                counter = await db.SuggestionNumberCounters.FirstOrDefaultAsync(c => c.Scope == scope, ct);
                if (counter is null)
                {
                    counter = SuggestionNumberCounter.Start(scope);
                    db.SuggestionNumberCounters.Add(counter);
                }
                counters[scope] = counter;
            }
            var sequence = counter.Next();
            string number;
            if (draft.Source == SuggestionSource.DuringSession)
            {
                if (!sessions.TryGetValue(draft.SessionId ?? 0, out var session)) throw SuggestionMessages.SessionRequired.ToException();
                number = SuggestionNumbering.Format(rules.Settings.SessionNumberPattern, session.Term, session.Session, draft.Year, sequence);
            }
            else
            {
                number = SuggestionNumbering.Format(rules.Settings.BetweenSessionsNumberPattern, 0, 0, draft.Year, sequence);
            }
            DateOnly? closedOn = draft.SessionId is { } id && sessions.TryGetValue(id, out var registeredIn) ? registeredIn.ClosedOn : null;
            var suggestion = Suggestion.Register(draft, number, scope, sequence, actor, now, closedOn, confirmed);
            foreach (var attachment in attachments)
            {
                var file = StoredFile.Accept(attachment.FileName, attachment.Content, actor.Name, now);
                db.StoredFiles.Add(file);
                suggestion.AddAttachment(file.Id, file.FileName, actor, now);
            }
            db.Suggestions.Add(suggestion);
            created.Add(suggestion);
        }
        return created;
    }
}
