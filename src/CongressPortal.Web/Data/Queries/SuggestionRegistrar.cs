using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>A likely duplicate as a page shows it (S63).</summary>
public sealed record DuplicateFlag(int Id, string Number, string Title, string Status, string Deputies, string Reason, bool Identical);

/// <summary>
/// The duplicate check of a batch (S63): each draft's likely duplicates, and the last number drawn in each of its scopes
/// before the check ran.
/// </summary>
public sealed record DuplicateCheck(IReadOnlyList<IReadOnlyList<LikelyDuplicate>> Flags, IReadOnlyDictionary<string, int> Drawn)
{
    /// <summary>The check of some of the drafts (those registered after all), in the order given.</summary>
    public DuplicateCheck Only(IEnumerable<int> indexes) => this with { Flags = [.. indexes.Select(i => Flags[i])] };
}

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
        RegisterCheckedAsync(drafts, actor, attachments, new Registration { BeforeSave = beforeSave }, ct);

    /// <summary>
    /// Registers every draft or none. A session suggestion received long after its session closed is refused with
    /// a request to confirm (<see cref="Suggestion.RegistrationWarning"/>) unless <paramref name="confirmed"/>.
    /// </summary>
    public Task<CommandResult<IReadOnlyList<Suggestion>>> RegisterAsync(
        IReadOnlyList<SuggestionDraft> drafts, Actor actor, IReadOnlyList<NewAttachment>? attachments,
        Action<IReadOnlyList<Suggestion>>? beforeSave, bool confirmed, CancellationToken ct) =>
        RegisterCheckedAsync(drafts, actor, attachments, new Registration { BeforeSave = beforeSave, Confirmed = confirmed }, ct);

    /// <summary>
    /// How a registration runs: the confirmations of the user, the duplicate check (S63) and what is saved with the
    /// suggestions. The checks run inside the registration's transaction, after an advisory lock on each number scope, so
    /// two people registering the same suggestion at once (two staff importing one file, a double click) cannot both
    /// succeed: the second sees the first's rows.
    /// </summary>
    public sealed record Registration
    {
        /// <summary>The user confirmed the late-received warning (S8).</summary>
        public bool Confirmed { get; init; }

        /// <summary>Refuse a draft identical to a registered suggestion, and one flagged as a likely duplicate unless confirmed.</summary>
        public bool CheckDuplicates { get; init; }

        /// <summary>The drafts (by index) the user confirmed are not duplicates (“不是重复，仍然登记”); recorded on their timelines.</summary>
        public IReadOnlySet<int> NotDuplicates { get; init; } = new HashSet<int>();

        /// <summary>
        /// The check already made for these drafts (the preview of the same request): used as it is when no number was drawn in
        /// their scopes since, so a batch of hundreds is compared once, not twice.
        /// </summary>
        public DuplicateCheck? Checked { get; init; }

        /// <summary>Only suggestions of this deputy count (a deputy submitting online is shown only their own).</summary>
        public int? OnlyOfDeputy { get; init; }

        /// <summary>A last check inside the lock (an import batch already saved); a refusal stops the registration.</summary>
        public Func<CancellationToken, Task<Refusal?>>? BeforeCreate { get; init; }

        /// <summary>Changes saved with the suggestions (a reception issue linked, an import batch recorded).</summary>
        public Action<IReadOnlyList<Suggestion>>? BeforeSave { get; init; }
    }

    /// <summary>Registers every draft or none, as <paramref name="registration"/> says; returns the new suggestions in the drafts' order.</summary>
    public async Task<CommandResult<IReadOnlyList<Suggestion>>> RegisterCheckedAsync(
        IReadOnlyList<SuggestionDraft> drafts, Actor actor, IReadOnlyList<NewAttachment>? attachments, Registration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(registration);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await LockScopesAsync(drafts, ct);
                if (registration.BeforeCreate is { } check && await check(ct) is { } refusal)
                    return CommandResult<IReadOnlyList<Suggestion>>.Refused(refusal);
                var dismissed = new Dictionary<int, IReadOnlyList<string>>();
                if (registration.CheckDuplicates)
                {
                    var flags = registration.Checked is { } known && known.Flags.Count == drafts.Count
                        && await DrawnAsync(drafts, ct) is var drawn && drawn.Count == known.Drawn.Count && drawn.All(d => known.Drawn.GetValueOrDefault(d.Key, -1) == d.Value)
                        ? known.Flags
                        : await DuplicatesAsync(drafts, registration.OnlyOfDeputy, ct);
                    for (var i = 0; i < drafts.Count; i++)
                    {
                        if (flags[i].FirstOrDefault(d => d.Identical) is { } identical)
                            return CommandResult<IReadOnlyList<Suggestion>>.Refused(SuggestionMessages.IdenticalToRegistered(identical.Number));
                        if (flags[i].Count == 0) continue;
                        if (!registration.NotDuplicates.Contains(i))
                            return CommandResult<IReadOnlyList<Suggestion>>.Refused(SuggestionMessages.PossibleDuplicate(flags[i].Select(d => d.Number)));
                        dismissed[i] = [.. flags[i].Select(d => d.Number)];
                    }
                }
                var created = await CreateAsync(drafts, actor, attachments ?? [], registration.Confirmed, ct);
                foreach (var (index, numbers) in dismissed) created[index].ConfirmNotDuplicate(numbers, actor, clock.GetUtcNow());
                registration.BeforeSave?.Invoke(created);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
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
                // Someone drew numbers from the same counter meanwhile (or saved the same import batch): try again; the
                // checks above then see what they saved.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException exception) when (DbErrors.IsForeignKeyViolation(exception))
            {
                db.ChangeTracker.Clear();
                return CommandResult<IReadOnlyList<Suggestion>>.Fail(Concurrency.MissingReference);
            }
        }
    }

    /// <summary>
    /// The duplicate check of a batch (<see cref="DuplicatesAsync"/>) with the numbers drawn in its scopes before it ran, for
    /// <see cref="Registration.Checked"/>: no number drawn since means no suggestion registered since that it could repeat.
    /// </summary>
    public async Task<DuplicateCheck> CheckAsync(IReadOnlyList<SuggestionDraft> drafts, int? onlyOfDeputy, CancellationToken ct)
    {
        var drawn = await DrawnAsync(drafts, ct);
        return new DuplicateCheck(await DuplicatesAsync(drafts, onlyOfDeputy, ct), drawn);
    }

    /// <summary>The last number drawn in each scope of <paramref name="drafts"/> that has drawn one.</summary>
    private async Task<Dictionary<string, int>> DrawnAsync(IReadOnlyList<SuggestionDraft> drafts, CancellationToken ct)
    {
        var scopes = drafts.Select(d => SuggestionNumbering.ScopeFor(d.Source, d.SessionId, d.Year)).Distinct().ToList();
        return await db.SuggestionNumberCounters.AsNoTracking().Where(c => scopes.Contains(c.Scope)).ToDictionaryAsync(c => c.Scope, c => c.LastValue, StringComparer.Ordinal, ct);
    }

    /// <summary>
    /// The likely duplicates of each draft (S63), identical ones first: registered suggestions of the same number scope
    /// that share a deputy with it (one index-backed query per scope: suggestions by scope, deputies by deputy), compared in
    /// memory by <see cref="SuggestionDuplicates"/>. With <paramref name="onlyOfDeputy"/>, only suggestions of that deputy.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<LikelyDuplicate>>> DuplicatesAsync(IReadOnlyList<SuggestionDraft> drafts, int? onlyOfDeputy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var result = new IReadOnlyList<LikelyDuplicate>[drafts.Count];
        foreach (var group in drafts.Select((d, i) => (Draft: d, Index: i)).GroupBy(x => SuggestionNumbering.ScopeFor(x.Draft.Source, x.Draft.SessionId, x.Draft.Year)))
        {
            var deputyIds = group.SelectMany(x => x.Draft.CoSignerIds.Append(x.Draft.LeadDeputyId)).Distinct().ToList();
            var candidates = await CandidatesAsync(db.Suggestions.Where(s => s.NumberScope == group.Key)
                .Where(s => onlyOfDeputy == null || s.Deputies.Any(d => d.DeputyId == onlyOfDeputy)), deputyIds, ct);
            // Indexed by deputy once for the whole batch: each row looks at its own deputies' suggestions only, and each
            // candidate's bigrams are made once, not once per row that shares a deputy with it.
            var byDeputy = new DuplicateCandidates(candidates);
            foreach (var (draft, index) in group) result[index] = SuggestionDuplicates.Find(DuplicateProbe.Of(draft), byDeputy);
        }
        return result;
    }

    /// <summary>
    /// The likely duplicates of a registered suggestion as its registration would have flagged them (S63): suggestions of
    /// its number scope registered before it that share a deputy with it, other than those already merged into it. For
    /// the staff page, which offers to merge it into one of them (并案).
    /// </summary>
    public async Task<IReadOnlyList<LikelyDuplicate>> DuplicatesOfAsync(Suggestion suggestion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var (id, scope) = (suggestion.Id, suggestion.NumberScope);
        var deputyIds = suggestion.Deputies.Select(d => d.DeputyId).Distinct().ToList();
        var candidates = await CandidatesAsync(db.Suggestions.Where(s => s.NumberScope == scope && s.Id < id && s.MergedIntoId != id), deputyIds, ct);
        return SuggestionDuplicates.Find(new DuplicateProbe(suggestion.LeadDeputyId, [.. suggestion.CoSignerIds], suggestion.Title, suggestion.Content), candidates);
    }

    /// <summary>
    /// Up to this many deputies, the candidates are looked up by deputy (their index); a batch naming more — an import touches
    /// most of the term — reads its scope instead and leaves the deputies to <see cref="DuplicateCandidates"/>: by deputy,
    /// PostgreSQL would walk every suggestion those deputies ever signed, in every session, to keep the few of this one.
    /// </summary>
    public const int DeputyLookupLimit = 20;

    /// <summary>
    /// The suggestions of <paramref name="query"/> that may share a deputy with <paramref name="deputyIds"/> (exactly those
    /// when they are few), as the duplicate check compares them.
    /// </summary>
    private static async Task<List<RegisteredSuggestion>> CandidatesAsync(IQueryable<Suggestion> query, List<int> deputyIds, CancellationToken ct)
    {
        if (deputyIds.Count <= DeputyLookupLimit) query = query.Where(s => s.Deputies.Any(d => deputyIds.Contains(d.DeputyId)));
        var rows = await query.AsNoTracking()
            // The deputies in a query of their own: joined, each text would come once per deputy.
            .AsSplitQuery()
            .Select(s => new
            {
                s.Id, s.Number, s.Title, s.Content, s.LeadDeputyId, s.Status,
                Deputies = s.Deputies.OrderBy(d => d.Order).Select(d => new { d.DeputyId, d.Role }).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new RegisteredSuggestion(r.Id, r.Number, r.Title, r.Content, r.LeadDeputyId,
            [.. r.Deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).Select(d => d.DeputyId)],
            [.. r.Deputies.Select(d => d.DeputyId)], r.Status))];
    }

    /// <summary>The likely duplicates as staff and deputies read them: number, title, status, deputies' names and the reason.</summary>
    public async Task<IReadOnlyList<DuplicateFlag>> DescribeAsync(IReadOnlyList<LikelyDuplicate> duplicates, CancellationToken ct) =>
        (await DescribeAsync([duplicates], ct))[0];

    /// <summary>The likely duplicates of each row of a batch as staff read them, the deputies' names loaded once for all.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<DuplicateFlag>>> DescribeAsync(IReadOnlyList<IReadOnlyList<LikelyDuplicate>> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ids = batch.SelectMany(row => row.SelectMany(d => d.DeputyIds)).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. batch.Select(row => (IReadOnlyList<DuplicateFlag>)[.. row.Select(d => new DuplicateFlag(d.SuggestionId, d.Number, d.Title, SuggestionLabels.For(d.Status),
            string.Join("、", d.DeputyIds.Select(id => names.GetValueOrDefault(id)).OfType<string>()), d.Reason(names), d.Identical))])];
    }

    /// <summary>
    /// Serialises registrations of the same number scope until the transaction ends (<c>pg_advisory_xact_lock</c>), in a
    /// fixed order so that two batches over the same scopes cannot deadlock. Registrations of other scopes go on meanwhile.
    /// </summary>
    private async Task LockScopesAsync(IReadOnlyList<SuggestionDraft> drafts, CancellationToken ct)
    {
        foreach (var scope in drafts.Select(d => SuggestionNumbering.ScopeFor(d.Source, d.SessionId, d.Year)).Distinct().Order(StringComparer.Ordinal))
        {
            // Reads nothing and writes nothing: only the lock, released with the transaction.
            await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM (SELECT pg_advisory_xact_lock({RegistrationLockKey}, hashtext({scope}))) AS l").ToListAsync(ct);
        }
    }

    /// <summary>The first key of the registration locks: a fixed number no other lock of the portal uses ("SUGG" in ASCII).</summary>
    private const int RegistrationLockKey = 0x53554747;

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
