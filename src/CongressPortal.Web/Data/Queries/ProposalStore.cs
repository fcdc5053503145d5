using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Proposals for the pages: who may read which (scopes), the session's proposal rules with the deputies a draft names
/// (<see cref="ProposalContext"/>), one action through <see cref="AggregateCommands"/>, and registration with a number
/// drawn from the session's counter in the same transaction (a number is never given twice; two registrations at once
/// draw again rather than collide).
/// </summary>
public sealed class ProposalStore(AppDbContext db, WorkingCalendarProvider calendar, TimeProvider clock)
{
    private const int Attempts = 5;

    public const string ActionConflict = "操作未成功：在您操作期间，其他人已处理了这件议案。页面已显示最新情况，请核对后再操作。";
    public const string NotFound = "找不到这件议案，或您无权查看。";

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) => calendar.GetAsync(ct);

    /// <summary>Every proposal (staff).</summary>
    public IQueryable<Proposal> All => db.Proposals;

    /// <summary>What the public may read: published proposals.</summary>
    public IQueryable<Proposal> Published => db.Proposals.Published();

    /// <summary>A deputy's proposals: led, co-signed, or invited to co-sign (declined included: they were asked).</summary>
    public IQueryable<Proposal> ForDeputy(int deputyId) => db.Proposals.Where(p => p.Signers.Any(s => s.DeputyId == deputyId));

    /// <summary>Drafts in which <paramref name="deputyId"/> is invited and has not answered yet (待确认联名).</summary>
    public static IQueryable<Proposal> AwaitingAnswerOf(IQueryable<Proposal> proposals, int deputyId) =>
        proposals.Where(p => p.Status == ProposalStatus.Draft
            && p.Signers.Any(s => s.DeputyId == deputyId && s.Role == ProposalSignerRole.CoSigner && s.State == ProposalSignerState.Invited));

    /// <summary>Chinese full-text search over subject, grounds and solution (the bigrams of <see cref="ChineseSearch"/>).</summary>
    public static IQueryable<Proposal> Search(IQueryable<Proposal> query, string? text)
    {
        var tsQuery = ChineseSearch.Query(text);
        return tsQuery is null
            ? query
            : query.Where(p => EF.Property<NpgsqlTsVector>(p, Configurations.ProposalConfiguration.SearchVector).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
    }

    /// <summary>A deputy starts an online draft as its lead; nothing is saved when the domain refuses.</summary>
    public async Task<CommandResult<int>> StartDraftAsync(ProposalDraft draft, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var context = await ContextAsync(draft, ct);
        if (context is null) return CommandResult<int>.Refused(ProposalMessages.SessionRequired);
        try
        {
            var proposal = Proposal.StartDraft(draft, context, actor, clock.GetUtcNow());
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync(ct);
            return CommandResult<int>.Ok(proposal.Id);
        }
        catch (DomainRuleException refused)
        {
            db.ChangeTracker.Clear();
            return CommandResult<int>.Refused(refused.Refusal);
        }
    }

    /// <summary>The lead changes a draft (text and invited co-signers) at the version the page showed.</summary>
    public Task<CommandResult<int>> EditDraftAsync(int id, uint version, ProposalDraft draft, Actor actor, CancellationToken ct) =>
        ActAsync(ForDeputy(actor?.DeputyId ?? 0), id, version, async (proposal, now) =>
        {
            var context = await ContextAsync(draft, ct) ?? throw ProposalMessages.SessionRequired.ToException();
            proposal.EditDraft(draft, context, actor!, now);
        }, null, ct);

    /// <summary>One action of a deputy on a proposal they are on, checked against the session's deadline.</summary>
    public Task<CommandResult<int>> DeputyActAsync(int id, uint version, Actor actor, Action<Proposal, DateTimeOffset, DateTimeOffset?> action, CancellationToken ct) =>
        ActAsync(ForDeputy(actor?.DeputyId ?? 0), id, version, async (proposal, now) => action(proposal, now, await DeadlineAsync(proposal.SessionId, ct)), null, ct);

    public static IQueryable<Proposal> WithEverything(IQueryable<Proposal> scope) =>
        scope.Include(p => p.Signers).Include(p => p.Events).Include(p => p.Attachments).AsSplitQuery();

    public Task<Proposal?> LoadAsync(IQueryable<Proposal> scope, int id, CancellationToken ct) =>
        WithEverything(scope).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The session's proposal deadline (null: not set, or no such session).</summary>
    public Task<DateTimeOffset?> DeadlineAsync(int sessionId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => s.ProposalDeadline).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The session's rules and the registry entries of <paramref name="deputyIds"/> (ids not in the registry are simply
    /// absent: the domain refuses them by name of field). Null when the session does not exist.
    /// </summary>
    public async Task<ProposalContext?> ContextAsync(int sessionId, IEnumerable<int?> deputyIds, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Term).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var ids = deputyIds.Where(id => id is > 0).Select(id => id!.Value).Distinct().ToList();
        var deputies = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.TermId, d.Status })
            .ToListAsync(ct);
        return new ProposalContext(session.Id, session.TermId, session.Term.Number, session.Number, session.StartDate.Year,
            session.ProposalDeadline, session.ProposalNumberPattern,
            deputies.ToDictionary(d => d.Id, d => new ProposalDeputy(d.Id, d.Name, d.TermId, d.Status == Domain.Deputies.DeputyStatus.Serving)));
    }

    /// <summary>The context for <paramref name="draft"/>: its session and every deputy it names.</summary>
    public Task<ProposalContext?> ContextAsync(ProposalDraft draft, CancellationToken ct) =>
        ContextAsync(draft.SessionId, [draft.LeadDeputyId, .. draft.CoSignerIds.Select(id => (int?)id)], ct);

    /// <summary>
    /// Runs one action on a proposal within <paramref name="scope"/>: loads it, checks the version the page showed, acts with
    /// the time, saves. A refusal, a lost race or a missing record comes back as a result; nothing is saved then.
    /// </summary>
    public async Task<CommandResult<int>> ActAsync(IQueryable<Proposal> scope, int id, uint version, Func<Proposal, DateTimeOffset, Task> action,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(scope);
        var now = clock.GetUtcNow();
        return await db.RunAsync(WithEverything(scope), id, version, async proposal =>
        {
            await action(proposal, now);
            return proposal.Id;
        }, new CommandOptions { NotFound = NotFound, ConflictMessage = ActionConflict, Current = current }, ct);
    }

    public Task<CommandResult<int>> ActAsync(IQueryable<Proposal> scope, int id, uint version, Action<Proposal, DateTimeOffset> action, CancellationToken ct) =>
        ActAsync(scope, id, version, (p, now) =>
        {
            action(p, now);
            return Task.CompletedTask;
        }, null, ct);

    /// <summary>A file of the proposal within <paramref name="scope"/>: one of its attachments, or null.</summary>
    public async Task<StoredFile?> FileAsync(IQueryable<Proposal> scope, int proposalId, int fileId, CancellationToken ct)
    {
        var belongs = await scope.AsNoTracking().AnyAsync(p => p.Id == proposalId && p.Attachments.Any(a => a.FileId == fileId), ct);
        return belongs ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) : null;
    }

    /// <summary>Stores an uploaded file in the same unit of work as the action that refers to it.</summary>
    public StoredFile AddFile(string fileName, byte[] content, string uploadedBy)
    {
        var file = StoredFile.Accept(fileName, content, uploadedBy, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        return file;
    }

    /// <summary>Staff register a paper proposal under the next number of its session.</summary>
    public Task<CommandResult<Proposal>> RegisterAsync(ProposalDraft draft, Actor actor, CancellationToken ct) =>
        RegisterAsync(draft, [], actor, ct);

    /// <summary>As above, with the files staff attach (the scanned paper form…), saved together: all of it or none.</summary>
    public Task<CommandResult<Proposal>> RegisterAsync(ProposalDraft draft, IReadOnlyList<SuggestionRegistrar.NewAttachment> attachments, Actor actor, CancellationToken ct) =>
        WithNumberAsync(async (draw, now) =>
        {
            var context = await ContextAsync(draft, ct) ?? throw ProposalMessages.SessionRequired.ToException();
            // The domain checks before a number is drawn, so a refused registration uses none.
            if (Proposal.Problems(draft, context, countSignatures: true) is [var first, ..]) throw first.ToException();
            var proposal = Proposal.Register(draft, context, await draw(context.Scope), actor, now);
            foreach (var attachment in attachments)
            {
                var file = AddFile(attachment.FileName, attachment.Content, actor.Name);
                proposal.AddAttachment(file.Id, file.FileName, actor, now);
            }
            db.Proposals.Add(proposal);
            return proposal;
        }, ct);

    /// <summary>The lead submits an online draft: with ten signatures before the deadline it is registered under the next number.</summary>
    public Task<CommandResult<Proposal>> SubmitAsync(int id, uint version, Actor actor, CancellationToken ct) =>
        WithNumberAsync(async (draw, now) =>
        {
            var proposal = await LoadAsync(ForDeputy(actor.DeputyId ?? 0), id, ct) ?? throw new KeyNotFoundException();
            db.ExpectVersion(proposal, version);
            var context = await ContextAsync(proposal.SignedDraft(), ct) ?? throw ProposalMessages.SessionRequired.ToException();
            if (proposal.Check(ProposalAction.Submit, actor, now, context.Deadline) is { } refused) throw refused.ToException();
            proposal.Submit(context, await draw(context.Scope), actor, now);
            return proposal;
        }, ct);

    /// <summary>
    /// Runs <paramref name="create"/> with a function that draws the next number of a counter scope, then saves the proposal
    /// and the counter in one transaction. When someone drew from the same counter meanwhile, everything is read again and
    /// drawn again; a number once saved is never given again.
    /// </summary>
    internal async Task<CommandResult<Proposal>> WithNumberAsync(Func<Func<string, Task<int>>, DateTimeOffset, Task<Proposal>> create, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var proposal = await create(async scope =>
                {
                    var counter = await db.SuggestionNumberCounters.FirstOrDefaultAsync(c => c.Scope == scope, ct);
                    if (counter is null)
                    {
                        counter = SuggestionNumberCounter.Start(scope);
                        db.SuggestionNumberCounters.Add(counter);
                    }
                    return counter.Next();
                }, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                return CommandResult<Proposal>.Ok(proposal);
            }
            catch (KeyNotFoundException)
            {
                db.ChangeTracker.Clear();
                return CommandResult<Proposal>.NotFound(NotFound);
            }
            catch (DomainRuleException refused)
            {
                db.ChangeTracker.Clear();
                return CommandResult<Proposal>.Refused(refused.Refusal);
            }
            catch (DbUpdateConcurrencyException exception) when (exception.Entries.Any(e => e.Entity is Proposal))
            {
                db.ChangeTracker.Clear();
                return CommandResult<Proposal>.Conflict(null, null, ActionConflict);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && (exception is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(exception)))
            {
                // Someone drew from the same counter meanwhile: draw again.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException exception) when (DbErrors.IsForeignKeyViolation(exception))
            {
                db.ChangeTracker.Clear();
                return CommandResult<Proposal>.Fail(Concurrency.MissingReference);
            }
        }
    }
}
