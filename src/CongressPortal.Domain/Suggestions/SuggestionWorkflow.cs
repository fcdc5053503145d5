using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Every action on a suggestion. Each is one method of <see cref="Suggestion"/>.</summary>
public enum SuggestionAction
{
    Edit,
    Accept,
    ConvertToLetter,
    Merge,
    Withdraw,
    Assign,
    AcceptAssignment,
    RequestReturn,
    ApproveReturn,
    RefuseReturn,
    RequestExtension,
    ApproveExtension,
    RefuseExtension,
    LogContact,
    SendOpinion,
    Reply,
    Rate,
    Close,
    MarkKey,
    ChangeTheme,
    UpdateCommitment,
    AddAttachment,
}

/// <summary>Who does something: the role, and the deputy or unit the account speaks for.</summary>
public sealed record Actor(string Role, string Name, int? DeputyId = null, int? UnitId = null)
{
    public static Actor Staff(string name) => new(PortalRole.Staff, name);

    public static Actor Unit(int unitId, string name) => new(PortalRole.HandlingUnit, name, UnitId: unitId);

    public static Actor Deputy(int deputyId, string name) => new(PortalRole.Deputy, name, DeputyId: deputyId);
}

/// <summary>
/// The transition table: in which statuses an action may be taken, and by which role. The finer rules
/// (which unit, which deputy, which deadline) are checked by the action's method.
/// </summary>
public static class SuggestionWorkflow
{
    private static readonly SuggestionStatus[] Open = [SuggestionStatus.Accepted, SuggestionStatus.Handling, SuggestionStatus.Replied, SuggestionStatus.Rehandling];

    public static IReadOnlyDictionary<SuggestionAction, (string Role, SuggestionStatus[] From)> Table { get; } =
        new Dictionary<SuggestionAction, (string, SuggestionStatus[])>
        {
            [SuggestionAction.Edit] = (PortalRole.Staff, [SuggestionStatus.Submitted, SuggestionStatus.Accepted]),
            [SuggestionAction.Accept] = (PortalRole.Staff, [SuggestionStatus.Submitted]),
            [SuggestionAction.ConvertToLetter] = (PortalRole.Staff, [SuggestionStatus.Submitted, SuggestionStatus.Accepted]),
            [SuggestionAction.Merge] = (PortalRole.Staff, [SuggestionStatus.Submitted, SuggestionStatus.Accepted]),
            [SuggestionAction.Withdraw] = (PortalRole.Staff, [SuggestionStatus.Submitted, SuggestionStatus.Accepted, SuggestionStatus.Handling]),
            [SuggestionAction.Assign] = (PortalRole.Staff, [SuggestionStatus.Accepted]),
            [SuggestionAction.AcceptAssignment] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling]),
            [SuggestionAction.RequestReturn] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling]),
            [SuggestionAction.ApproveReturn] = (PortalRole.Staff, [SuggestionStatus.Handling]),
            [SuggestionAction.RefuseReturn] = (PortalRole.Staff, [SuggestionStatus.Handling]),
            [SuggestionAction.RequestExtension] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling]),
            [SuggestionAction.ApproveExtension] = (PortalRole.Staff, [SuggestionStatus.Handling]),
            [SuggestionAction.RefuseExtension] = (PortalRole.Staff, [SuggestionStatus.Handling]),
            [SuggestionAction.LogContact] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling, SuggestionStatus.Replied, SuggestionStatus.Rehandling]),
            [SuggestionAction.SendOpinion] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling, SuggestionStatus.Rehandling]),
            [SuggestionAction.Reply] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling, SuggestionStatus.Rehandling]),
            [SuggestionAction.Rate] = (PortalRole.Deputy, [SuggestionStatus.Replied, SuggestionStatus.Rehandling]),
            [SuggestionAction.Close] = (PortalRole.Staff, [SuggestionStatus.Replied]),
            [SuggestionAction.MarkKey] = (PortalRole.Staff, Open),
            [SuggestionAction.ChangeTheme] = (PortalRole.Staff, Open),
            [SuggestionAction.UpdateCommitment] = (PortalRole.HandlingUnit, [SuggestionStatus.Handling, SuggestionStatus.Replied, SuggestionStatus.Rehandling, SuggestionStatus.Closed]),
            [SuggestionAction.AddAttachment] = (PortalRole.Staff, [SuggestionStatus.Submitted, SuggestionStatus.Accepted, SuggestionStatus.Handling, SuggestionStatus.Replied, SuggestionStatus.Rehandling]),
        };

    public static bool Allows(SuggestionStatus status, SuggestionAction action, string role) =>
        Table.TryGetValue(action, out var rule) && rule.Role == role && rule.From.Contains(status);

    public static bool AllowsStatus(SuggestionStatus status, SuggestionAction action) =>
        Table.TryGetValue(action, out var rule) && rule.From.Contains(status);

    /// <summary>Refuses the action with a Chinese message naming the action and the status.</summary>
    public static void Ensure(SuggestionStatus status, SuggestionAction action, Actor actor)
    {
        var rule = Table[action];
        if (rule.Role != actor.Role) throw new DomainRuleException(SuggestionMessages.WrongRole(ActionLabel(action), PortalRole.DisplayName(rule.Role)));
        if (!rule.From.Contains(status)) throw new DomainRuleException(SuggestionMessages.WrongStatus(ActionLabel(action), SuggestionLabels.For(status)));
    }

    public static string ActionLabel(SuggestionAction action) => action switch
    {
        SuggestionAction.Edit => "修改建议",
        SuggestionAction.Accept => "审查立案",
        SuggestionAction.ConvertToLetter => "转为来信",
        SuggestionAction.Merge => "并案",
        SuggestionAction.Withdraw => "登记撤回",
        SuggestionAction.Assign => "交办",
        SuggestionAction.AcceptAssignment => "签收",
        SuggestionAction.RequestReturn => "申请退回",
        SuggestionAction.ApproveReturn => "同意退回",
        SuggestionAction.RefuseReturn => "不同意退回",
        SuggestionAction.RequestExtension => "申请延期",
        SuggestionAction.ApproveExtension => "同意延期",
        SuggestionAction.RefuseExtension => "不同意延期",
        SuggestionAction.LogContact => "登记联系代表情况",
        SuggestionAction.SendOpinion => "送协办意见",
        SuggestionAction.Reply => "答复",
        SuggestionAction.Rate => "评价答复",
        SuggestionAction.Close => "办结",
        SuggestionAction.MarkKey => "设置重点督办",
        SuggestionAction.ChangeTheme => "调整打捆主题",
        SuggestionAction.UpdateCommitment => "更新承诺事项进展",
        SuggestionAction.AddAttachment => "上传附件",
        _ => action.ToString(),
    };
}
