using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// A proposal handled as a suggestion (P8), in one transaction with the suggestion registered from it: either a paper
/// proposal that cannot be a proposal (too few signatures, past the deadline) recorded as a suggestion on registration, or
/// the presidium's decision 作为建议处理. The suggestion carries the proposal's id and the proposal the suggestion's: a link
/// both ways. The suggestion gets the next number of the session's suggestion counter.
/// </summary>
public sealed class ProposalSuggestions(AppDbContext db, ProposalStore store, SuggestionRegistrar registrar)
{
    /// <summary>A file staff attach on registration: it goes with the suggestion (the proposal record keeps none).</summary>
    /// <remarks>
    /// Each row names the other, so EF cannot insert both in one statement batch: the record and the suggestion are saved
    /// first, then the link, in one transaction (nothing is kept when any step fails).
    /// </remarks>
    public async Task<CommandResult<Proposal>> RegisterAsSuggestionAsync(ProposalDraft draft, int categoryId, IReadOnlyList<SuggestionRegistrar.NewAttachment> attachments,
        Actor actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var suggestionId = 0;
        var result = await store.WithNumberAsync(async (_, now) =>
        {
            var context = await store.ContextAsync(draft, ct) ?? throw ProposalMessages.SessionRequired.ToException();
            var proposal = Proposal.RecordAsSuggestion(draft, context, actor, now);
            // Hi-lo keys: the record has its id once added, so the suggestion can name it.
            db.Proposals.Add(proposal);
            suggestionId = (await RegisterAsync(proposal, categoryId, context.Year, ChinaTime.Today(now), attachments, actor, ct)).Id;
            return proposal;
        }, ct);
        if (!result.IsSuccess) return result;
        result.Value!.LinkSuggestion(suggestionId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>作为建议处理: the presidium's decision, with the suggestion registered from the proposal in the same save.</summary>
    public Task<CommandResult<int>> ConvertAsync(int id, uint version, DecisionDraft decision, int categoryId, Actor actor, CancellationToken ct) =>
        store.ActAsync(store.All, id, version, async (proposal, now) =>
        {
            // The domain checks before anything is numbered: a refused decision draws no suggestion number.
            if (proposal.Check(ProposalAction.ConvertToSuggestion, actor, now, null) is { } refused) throw refused.ToException();
            if (string.IsNullOrWhiteSpace(decision.Reason)) throw ProposalMessages.ReasonRequired.ToException();
            var year = await store.ContextAsync(proposal.SessionId, [], ct) is { } context ? context.Year : decision.DecidedOn.Year;
            var suggestion = await RegisterAsync(proposal, categoryId, year, proposal.RegisteredOn ?? decision.DecidedOn, [], actor, ct);
            proposal.ConvertToSuggestion(decision, suggestion.Id, actor, now);
        }, null, ct);

    private async Task<Suggestion> RegisterAsync(Proposal proposal, int categoryId, int year, DateOnly receivedOn,
        IReadOnlyList<SuggestionRegistrar.NewAttachment> attachments, Actor actor, CancellationToken ct)
    {
        if (categoryId <= 0) throw DomainMessages.MustBePositive("CategoryId", "类别").ToException();
        // The proposal was received during its session; the date staff register it on is not a late suggestion to confirm.
        var created = await registrar.CreateAsync([proposal.ToSuggestionDraft(categoryId, year, receivedOn)], actor, attachments, confirmed: true, ct);
        return created[0];
    }
}
