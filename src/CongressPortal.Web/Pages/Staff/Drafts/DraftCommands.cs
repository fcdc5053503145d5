using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>A draft's own fields, named like <see cref="OpenDraftDetails"/> (准备征求意见稿, 修改).</summary>
public sealed record DraftCommand
{
    [Required(ErrorMessage = "请填写草案名称"), StringLength(200, ErrorMessage = "草案名称不能超过200个字"), Display(Name = "草案名称")]
    public string? Title { get; init; }

    [StringLength(OpenDraft.MaxExplanationLength, ErrorMessage = "起草说明太长"), Display(Name = "起草说明")]
    public string? Explanation { get; init; }

    [Required(ErrorMessage = "请填写征求意见的截止日期"), Display(Name = "征求意见截止日期")]
    public DateOnly? LastDay { get; init; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; init; }

    public OpenDraftDetails ToDetails() => new(Title ?? "", Explanation, LastDay!.Value);

    public static DraftCommand From(OpenDraft d) => new() { Title = d.Title, Explanation = d.Explanation, LastDay = d.LastDay, Version = d.Version };
}

/// <summary>延长征求意见期限: the new last day and why.</summary>
public sealed record ExtendCommand
{
    [Required(ErrorMessage = "请填写延长后的截止日期"), Display(Name = "延长后的截止日期")]
    public DateOnly? LastDay { get; init; }

    [Required(ErrorMessage = "请填写延长的理由"), StringLength(OpenDraft.MaxReasonLength, ErrorMessage = "理由不能超过1000个字"), Display(Name = "延长的理由（向公众公开）")]
    public string? Reason { get; init; }
}

/// <summary>提前结束征求意见: why.</summary>
public sealed record CloseEarlyCommand
{
    [Required(ErrorMessage = "请填写提前结束的理由"), StringLength(OpenDraft.MaxReasonLength, ErrorMessage = "理由不能超过1000个字"), Display(Name = "提前结束的理由（向公众公开）")]
    public string? Reason { get; init; }
}

/// <summary>公布采纳情况: the overall summary and a note per article ("" for the draft as a whole), named like <see cref="DraftOutcome"/>.</summary>
public sealed record OutcomeCommand
{
    [Required(ErrorMessage = "请填写采纳情况说明"), StringLength(OpenDraft.MaxSummaryLength, ErrorMessage = "采纳情况说明不能超过10000个字"), Display(Name = "采纳情况说明")]
    public string? Summary { get; init; }

    public List<ArticleNoteInput> ArticleNotes { get; init; } = [];

    public DraftOutcome ToOutcome() =>
        new(Summary ?? "", ArticleNotes.Where(n => !string.IsNullOrWhiteSpace(n.Note)).GroupBy(n => n.Anchor ?? "").ToDictionary(g => g.Key, g => g.First().Note!));
}

/// <summary>One article's note in the outcome form.</summary>
public sealed record ArticleNoteInput
{
    public string? Anchor { get; init; }

    [StringLength(OpenDraft.MaxNoteLength, ErrorMessage = "每条说明不能超过4000个字")]
    public string? Note { get; init; }
}
