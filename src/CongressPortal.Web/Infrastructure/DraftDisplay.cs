using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How drafts for comment and their comments read on every page (public and staff): phase badges, the article a
/// comment is on, the deadline in words.</summary>
public static class DraftDisplay
{
    /// <summary>The label of a comment's article: 第五条, or 草案整体 for a comment on the whole draft.</summary>
    public static string Article(string? anchor) => string.IsNullOrEmpty(anchor) ? "草案整体" : anchor;

    public static string PhaseBadgeClass(DraftPhase phase) => "badge draft-phase " + phase switch
    {
        DraftPhase.Open => "text-bg-success",
        DraftPhase.OutcomePublished => "text-bg-primary",
        DraftPhase.Closed => "text-bg-secondary",
        _ => "text-bg-light border",
    };

    public static string CommentBadgeClass(DraftCommentStatus status) => "badge comment-status " + status switch
    {
        DraftCommentStatus.Received => "text-bg-warning",
        DraftCommentStatus.Valid => "text-bg-info",
        DraftCommentStatus.Adopted or DraftCommentStatus.PartlyAdopted => "text-bg-success",
        DraftCommentStatus.NotAdopted => "text-bg-secondary",
        _ => "text-bg-light border",
    };

    /// <summary>The deadline as people say it: 截止到2027年1月4日24时（还剩12天）, 今天24时截止, or 已于…截止.</summary>
    public static string Deadline(DateOnly lastDay, int? daysLeft) => daysLeft switch
    {
        null => $"已于{ChinaTime.FormatDate(lastDay)}24时截止",
        0 => $"今天（{ChinaTime.FormatDate(lastDay)}）24时截止",
        var days => $"截止到{ChinaTime.FormatDate(lastDay)}24时（还剩{days}天）",
    };

    /// <summary>The public figures of a draft whose outcome is published: 收到意见N条，有效意见N条，采纳N条（其中部分采纳N条）.</summary>
    public static string Figures(DraftCommentFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var partly = figures.PartlyAdopted > 0 ? $"（其中部分采纳{figures.PartlyAdopted}条）" : "";
        return $"收到意见{figures.Checked}条，其中有效意见{figures.Counted}条，采纳{figures.AdoptedTotal}条{partly}";
    }
}
