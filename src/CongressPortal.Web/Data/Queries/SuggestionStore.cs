using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Loads suggestions whole and runs workflow actions on them. Who may see what is decided here, once:
/// staff see every suggestion; a unit only those with an active assignment to it; a deputy only those they
/// lead, co-sign or were merged into. Anything else is "not found" (pages answer 404).
/// </summary>
public sealed class SuggestionStore(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock)
{
    public const string ActionConflict = "操作未成功：在您操作期间，其他人已处理了这件建议。页面已显示最新情况，请核对后再操作。";
    public const string NotFound = "找不到这件建议，或您无权查看。";

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public Task<SuggestionRules> RulesAsync(CancellationToken ct) => rulesProvider.GetAsync(ct);

    /// <summary>Suggestions a handling unit may see: those with an active (not returned) assignment to it.</summary>
    public IQueryable<Suggestion> ForUnit(int unitId) =>
        db.Suggestions.AssignedTo(unitId);

    /// <summary>Suggestions a deputy may see beyond the published ones: their own (lead, co-signed, merged).</summary>
    public IQueryable<Suggestion> ForDeputy(int deputyId) =>
        db.Suggestions.Where(s => s.Deputies.Any(d => d.DeputyId == deputyId));

    /// <summary>The whole aggregate, tracked, for an action or a detail page.</summary>
    public Task<Suggestion?> LoadAsync(IQueryable<Suggestion> scope, int id, CancellationToken ct) =>
        WithEverything(scope).FirstOrDefaultAsync(s => s.Id == id, ct);

    public static IQueryable<Suggestion> WithEverything(IQueryable<Suggestion> scope) =>
        scope
            .Include(s => s.Deputies)
            .Include(s => s.Attachments)
            .Include(s => s.Events)
            .Include(s => s.Assignments).ThenInclude(a => a.Contacts)
            .Include(s => s.Assignments).ThenInclude(a => a.Opinions)
            .Include(s => s.Assignments).ThenInclude(a => a.Replies).ThenInclude(r => r.Commitments).ThenInclude(c => c.Updates)
            .Include(s => s.Assignments).ThenInclude(a => a.Replies).ThenInclude(r => r.Revisions)
            .AsSplitQuery();

    /// <summary>
    /// Runs one workflow action through <see cref="AggregateCommands"/>: loads the suggestion within
    /// <paramref name="scope"/>, checks it still has the version the user's page showed, runs the action with the
    /// rules and the time, and saves. A domain refusal, a lost race or a missing record comes back as a result for the
    /// page; nothing is saved then. <paramref name="current"/>, when given, supplies the other person's values after a
    /// lost race (edit forms); action forms get <see cref="ActionConflict"/>.
    /// </summary>
    public async Task<CommandResult<int>> ActAsync(IQueryable<Suggestion> scope, int id, uint version,
        Func<Suggestion, SuggestionRules, DateTimeOffset, Task> action, Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct)
    {
        var rules = await rulesProvider.GetAsync(ct);
        var now = clock.GetUtcNow();
        return await db.RunAsync(WithEverything(scope), id, version, async suggestion =>
        {
            await action(suggestion, rules, now);
            return suggestion.Id;
        }, new CommandOptions { NotFound = NotFound, ConflictMessage = ActionConflict, Current = current }, ct);
    }

    public Task<CommandResult<int>> ActAsync(IQueryable<Suggestion> scope, int id, uint version,
        Func<Suggestion, SuggestionRules, DateTimeOffset, Task> action, CancellationToken ct) =>
        ActAsync(scope, id, version, action, null, ct);

    /// <summary>As <see cref="ActAsync(IQueryable{Suggestion}, int, uint, Func{Suggestion, SuggestionRules, DateTimeOffset, Task}, CancellationToken)"/> for a synchronous action.</summary>
    public Task<CommandResult<int>> ActAsync(IQueryable<Suggestion> scope, int id, uint version,
        Action<Suggestion, SuggestionRules, DateTimeOffset> action, CancellationToken ct) =>
        ActAsync(scope, id, version, (s, r, n) =>
        {
            action(s, r, n);
            return Task.CompletedTask;
        }, null, ct);

    /// <summary>
    /// A file of suggestion <paramref name="suggestionId"/> within <paramref name="scope"/>: one of its attachments
    /// or the letter of one of its replies — for a unit (<paramref name="unitId"/>), only its own letters. Any other
    /// pair of ids is null (pages answer 404).
    /// </summary>
    public async Task<StoredFile?> FileAsync(IQueryable<Suggestion> scope, int suggestionId, int fileId, int? unitId, CancellationToken ct)
    {
        var belongs = await scope.AsNoTracking().AnyAsync(s => s.Id == suggestionId
            && (s.Attachments.Any(a => a.FileId == fileId)
                || s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Any(a => (unitId == null || a.UnitId == unitId)
                    && (a.Replies.Any(r => r.LetterFileId == fileId) || a.Replies.Any(r => r.Revisions.Any(v => v.LetterFileId == fileId))))), ct);
        return belongs ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) : null;
    }

    /// <summary>Stores an uploaded file in the same unit of work as the action that refers to it.</summary>
    public StoredFile AddFile(string fileName, byte[] content, string uploadedBy)
    {
        var file = StoredFile.Accept(fileName, content, uploadedBy, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        return file;
    }
}
