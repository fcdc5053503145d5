using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>Review (审查): accept, turn into a letter, merge a duplicate, record a withdrawal.</summary>
public sealed partial class DetailsModel
{
    public ReasonCommand Letter { get; private set; } = new();

    public ReasonCommand Withdraw { get; private set; } = new();

    public MergeCommand Merge { get; private set; } = new();

    public Task<IActionResult> OnPostAcceptAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Accept, null, () => handler.AcceptAsync(Id, version, User.AsStaff(), ct), "已审查立案，请交办承办单位。", ct);

    public Task<IActionResult> OnPostLetterAsync(uint version, [Bind(Prefix = Forms.Letter)] ReasonCommand input, CancellationToken ct)
    {
        Letter = input;
        return ActAsync(Forms.Letter, input, () => handler.ConvertToLetterAsync(Id, version, input, User.AsStaff(), ct), "已转为来信，留作参考。", ct);
    }

    public Task<IActionResult> OnPostMergeAsync(uint version, [Bind(Prefix = Forms.Merge)] MergeCommand input, CancellationToken ct)
    {
        Merge = input;
        return ActAsync(Forms.Merge, input, () => handler.MergeAsync(Id, version, input, User.AsStaff(), ct),
            $"已并入建议“{input.TargetNumber?.Trim()}”，本件的代表将随该件一并得到答复。", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(uint version, [Bind(Prefix = Forms.Withdraw)] ReasonCommand input, CancellationToken ct)
    {
        Withdraw = input;
        return ActAsync(Forms.Withdraw, input, () => handler.WithdrawAsync(Id, version, input, User.AsStaff(), ct), "已登记代表撤回。", ct);
    }

    public sealed record ReasonCommand
    {
        [Required(ErrorMessage = "请填写理由"), StringLength(500, ErrorMessage = "理由不能超过500个字"), Display(Name = "理由")]
        public string? Reason { get; init; }
    }

    public sealed record MergeCommand
    {
        [Required(ErrorMessage = "请填写并入建议的编号"), StringLength(60, ErrorMessage = "编号不能超过60个字"), Display(Name = "并入建议的编号")]
        public string? TargetNumber { get; init; }
    }
}
