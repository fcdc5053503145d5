using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>催办: staff urge a unit that still owes its reply or opinion (issue 15, part D).</summary>
public sealed partial class DetailsModel
{
    public const string RemindForm = "Remind";

    public RemindCommand Remind { get; private set; } = new();

    public Task<IActionResult> OnPostRemindAsync(uint version, [Bind(Prefix = RemindForm)] RemindCommand input, [FromServices] ManualReminders reminders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reminders);
        Remind = input;
        PostedAssignmentId = input.AssignmentId;
        return ActAsync(RemindForm, input, () => reminders.RemindAsync(Id, version, input.AssignmentId, input.Message, User.AsStaff(), ct), "已催办，承办单位将在消息中看到。", ct);
    }

    public sealed record RemindCommand
    {
        public int AssignmentId { get; init; }

        [Required(ErrorMessage = "请填写催办内容"), StringLength(500, ErrorMessage = "催办内容不能超过500个字"), Display(Name = "催办内容")]
        public string? Message { get; init; }
    }
}
