using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>Assignment (交办) and its corrections: assign, change or add a unit, decide returns and extensions.</summary>
public sealed partial class DetailsModel
{
    public AssignCommand Assign { get; private set; } = new();

    public CorrectCommand Correct { get; private set; } = new();

    public DecisionCommand Return { get; private set; } = new();

    public DecisionCommand Extension { get; private set; } = new();

    public Task<IActionResult> OnPostAssignAsync(uint version, [Bind(Prefix = Forms.Assign)] AssignCommand input, CancellationToken ct)
    {
        Assign = input;
        return ActAsync(Forms.Assign, input, () => handler.AssignAsync(Id, version, input, User.AsStaff(), ct), "已交办，承办单位将收到待签收的建议。", ct);
    }

    public Task<IActionResult> OnPostCorrectAsync(uint version, [Bind(Prefix = Forms.Correct)] CorrectCommand input, CancellationToken ct)
    {
        Correct = input;
        PostedAssignmentId = input.AssignmentId;
        return ActAsync(Forms.Correct, input, () => handler.CorrectAssignmentAsync(Id, version, input, User.AsStaff(), ct),
            input.AssignmentId is null ? "已增加承办单位，新单位的期限自今天起算。" : "已改交承办单位，新单位的期限自今天起算；原单位已收到通知。", ct);
    }

    public Task<IActionResult> OnPostApproveReturnAsync(uint version, [Bind(Prefix = Forms.ApproveReturn)] DecisionCommand input, CancellationToken ct)
    {
        Return = input;
        PostedAssignmentId = input.AssignmentId;
        return ActAsync(Forms.ApproveReturn, input, () => handler.ApproveReturnAsync(Id, version, input, User.AsStaff(), ct),
            "已同意退回并改交，新承办单位的答复期限自今天起算。", ct);
    }

    public Task<IActionResult> OnPostRefuseReturnAsync(uint version, [Bind(Prefix = Forms.RefuseReturn)] DecisionCommand input, CancellationToken ct)
    {
        Return = input;
        PostedAssignmentId = input.AssignmentId;
        return ActAsync(Forms.RefuseReturn, input, () => handler.RefuseReturnAsync(Id, version, input, User.AsStaff(), ct), "已不同意退回，原承办单位继续办理。", ct);
    }

    public Task<IActionResult> OnPostApproveExtensionAsync(uint version, [Bind(Prefix = Forms.ApproveExtension)] DecisionCommand input, CancellationToken ct)
    {
        Extension = input;
        PostedAssignmentId = input.AssignmentId;
        return ActAsync(Forms.ApproveExtension, input, () => handler.ApproveExtensionAsync(Id, version, input, User.AsStaff(), ct), "已同意延期，答复期限已延长。", ct);
    }

    public Task<IActionResult> OnPostRefuseExtensionAsync(uint version, [Bind(Prefix = Forms.RefuseExtension)] DecisionCommand input, CancellationToken ct)
    {
        Extension = input;
        PostedAssignmentId = input.AssignmentId;
        return ActAsync(Forms.RefuseExtension, input, () => handler.RefuseExtensionAsync(Id, version, input, User.AsStaff(), ct), "已不同意延期，答复期限不变。", ct);
    }

    public sealed record AssignCommand
    {
        [Required(ErrorMessage = "请选择办理方式"), Display(Name = "办理方式")]
        public HandlingMode? Mode { get; init; }

        // A List (not IReadOnlyList) so that model binding fills it from the multiple select.
        [Display(Name = "承办单位")]
        public List<int> UnitIds { get; init; } = [];

        [Display(Name = "主办单位")]
        public int? LeadUnitId { get; init; }

        /// <summary>Staff confirmed the domain's warning (assigning on a rest day).</summary>
        public bool Confirmed { get; init; }
    }

    /// <summary>A correction after 交办: replace the unit of <see cref="AssignmentId"/>, or (none) add a unit.</summary>
    public sealed record CorrectCommand
    {
        public int? AssignmentId { get; init; }

        [Required(ErrorMessage = "请选择承办单位"), Display(Name = "承办单位")]
        public int? UnitId { get; init; }

        [Required(ErrorMessage = "请填写调整理由"), StringLength(500, ErrorMessage = "调整理由不能超过500个字"), Display(Name = "调整理由")]
        public string? Reason { get; init; }

        public bool Confirmed { get; init; }
    }

    /// <summary>A decision on a unit's return or extension request.</summary>
    public sealed record DecisionCommand
    {
        public int AssignmentId { get; init; }

        [Display(Name = "改交单位")]
        public int? ReplacementUnitId { get; init; }

        [StringLength(500, ErrorMessage = "意见不能超过500个字"), Display(Name = "意见")]
        public string? Note { get; init; }

        public bool Confirmed { get; init; }
    }
}
