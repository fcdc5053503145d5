using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>Reviewing replies before publication, and closing (办结), with an explanation after a second 不满意.</summary>
public sealed partial class DetailsModel
{
    public ReviewCommand Review { get; private set; } = new();

    public ExplanationCommand CloseExplained { get; private set; } = new();

    public Task<IActionResult> OnPostReviewAsync(uint version, [Bind(Prefix = Forms.Review)] ReviewCommand input, CancellationToken ct)
    {
        Review = input;
        return ActAsync(Forms.Review, input, () => handler.ReviewReplyAsync(Id, version, input, User.AsStaff(), ct),
            input.Publish ? "答复已审核，将在门户网站公开。" : "答复已审核，不在门户网站公开。", ct);
    }

    public Task<IActionResult> OnPostCloseAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Close, null, () => handler.CloseAsync(Id, version, User.AsStaff(), ct), "已办结。承诺事项仍继续跟踪。", ct);

    public Task<IActionResult> OnPostCloseExplainedAsync(uint version, [Bind(Prefix = Forms.CloseExplained)] ExplanationCommand input, CancellationToken ct)
    {
        CloseExplained = input;
        return ActAsync(Forms.CloseExplained, input, () => handler.CloseWithExplanationAsync(Id, version, input, User.AsStaff(), ct),
            "已说明情况后办结。承诺事项仍继续跟踪。", ct);
    }

    public sealed record ReviewCommand
    {
        public int ReplyId { get; init; }

        /// <summary>Publish the reply on the portal (only possible when the unit allowed it).</summary>
        public bool Publish { get; init; }
    }

    public sealed record ExplanationCommand
    {
        [Required(ErrorMessage = "请填写办结说明"), StringLength(2000, ErrorMessage = "办结说明不能超过2000个字"), Display(Name = "办结说明")]
        public string? Explanation { get; init; }
    }
}
