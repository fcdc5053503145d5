using CongressPortal.Domain.Suggestions;
using Microsoft.AspNetCore.Html;

namespace CongressPortal.Web.Pages.Shared.Suggestions;

/// <summary>A file the reader may download: the address of their own area's file page, and the name.</summary>
public sealed record FileLink(string Url, string Name);

/// <summary>A step of the timeline as the reader may see it.</summary>
public sealed record TimelineRow(DateTimeOffset At, string Label, string? Actor, string? Unit, string? Detail);

/// <summary>What <c>_Contacts</c> shows: one unit's contacts with the deputy (三见面), stage by stage.</summary>
public sealed record ContactsView(SuggestionAssignment Part, bool ShowRecordedBy = true, string? Id = null);

/// <summary>
/// What <c>_Reply</c> shows of one reply: the reply, its review and rating, its commitments, and (for staff and the unit)
/// the earlier versions. <see cref="CommitmentExtra"/> adds the area's own form under a commitment (the unit's progress).
/// </summary>
public sealed record ReplyView(
    SuggestionReply Reply,
    string ClassificationLabel,
    FileLink? Letter,
    DateOnly Today,
    bool ShowReview,
    bool ShowRevisions,
    Func<SuggestionCommitment, IHtmlContent>? CommitmentExtra = null,
    string? HeadingId = null)
{
    public CommitmentsView Commitments => new(Reply.Commitments, Today, CommitmentExtra);
}

/// <summary>What <c>_Commitments</c> shows: commitments with their progress, and an optional form under each.</summary>
public sealed record CommitmentsView(IReadOnlyList<SuggestionCommitment> Items, DateOnly Today, Func<SuggestionCommitment, IHtmlContent>? Extra = null);

/// <summary>Helpers the suggestion partials share.</summary>
public static class SuggestionText
{
    /// <summary>A stored text as paragraphs (one per line).</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
