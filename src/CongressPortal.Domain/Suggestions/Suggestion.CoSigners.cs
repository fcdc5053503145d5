using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// 附议确认 (S1a): co-signers the lead deputy names online confirm or decline on their desk while the suggestion waits for
/// review, as for proposals. Staff entering a paper form record signatures, which need no confirmation. At 审查立案 an
/// invitation still unanswered lapses: an unconfirmed name is not a signature.
/// </summary>
public sealed partial class Suggestion
{
    /// <summary>The row of the deputy <paramref name="actor"/> speaks for, if they are on the suggestion.</summary>
    public SuggestionDeputy? DeputyRowOf(Actor actor) =>
        actor?.DeputyId is { } id ? _deputies.FirstOrDefault(d => d.DeputyId == id) : null;

    /// <summary>The suggestions waiting for <paramref name="deputyId"/> to answer an invitation to co-sign: the desk lists them.</summary>
    public static Expression<Func<Suggestion, bool>> AwaitsCoSigner(int deputyId) =>
        s => s.Status == SuggestionStatus.Submitted
            && s.Deputies.Any(d => d.DeputyId == deputyId && d.Role == SuggestionDeputyRole.CoSigner && d.State == CoSignerState.Invited);

    /// <summary>Co-signers named online who have not answered yet (待确认).</summary>
    public IEnumerable<SuggestionDeputy> PendingCoSigners => _deputies.Where(d => d.IsPending).OrderBy(d => d.Order);

    public void ConfirmCoSigning(Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.ConfirmCoSigning, actor, now);
        DeputyRowOf(actor)!.Confirm(now);
        MoveTo(SuggestionAction.ConfirmCoSigning, actor, Status);
        Record(SuggestionEventKind.CoSigningConfirmed, now, actor, null, null);
    }

    /// <summary>The invited co-signer declines: they leave the suggestion. A signature given (online or on paper) is withdrawn through staff.</summary>
    public void DeclineCoSigning(Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.DeclineCoSigning, actor, now);
        _deputies.Remove(DeputyRowOf(actor)!);
        MoveTo(SuggestionAction.DeclineCoSigning, actor, Status);
        Record(SuggestionEventKind.CoSigningDeclined, now, actor, null, null);
    }

    private Refusal? CoSigningRefusal(SuggestionAction action, Actor actor) => DeputyRowOf(actor) switch
    {
        not { Role: SuggestionDeputyRole.CoSigner } => SuggestionMessages.NotInvitedToCoSign,
        { IsPending: false } => SuggestionMessages.CoSigningAlreadyConfirmed,
        _ => null,
    };

    /// <summary>At 审查立案: invitations nobody answered are left off, and the timeline says how many.</summary>
    private void LapseInvitations(Actor actor, DateTimeOffset now)
    {
        var pending = _deputies.Where(d => d.IsPending).ToList();
        if (pending.Count == 0) return;
        foreach (var row in pending) _deputies.Remove(row);
        Record(SuggestionEventKind.CoSigningLapsed, now, actor, null, $"{pending.Count}名附议代表在审查立案前未确认，不列为附议代表");
    }

    /// <summary>
    /// The unit names its contact person for this suggestion (联系人; S37a), from the assignment on — also before it signs
    /// for it — so the deputy can reach it for 三见面. Shown to the suggestion's deputies and staff only.
    /// </summary>
    public void GiveUnitContact(string name, string phone, string? email, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOwn(SuggestionAction.GiveUnitContact, actor, now);
        var person = Text.Required(name, "Name", "联系人", 50);
        var number = Text.Required(phone, "Phone", "联系电话", 30);
        if (!ContactFormats.IsPhone(number)) throw SuggestionMessages.UnitContactPhoneInvalid.ToException();
        var mail = Text.Optional(email, "Email", "电子邮箱", 100);
        if (mail is not null && !ContactFormats.IsEmail(mail)) throw SuggestionMessages.UnitContactEmailInvalid.ToException();
        assignment.GiveContact(person, number, mail, now);
        MoveTo(assignment, SuggestionAction.GiveUnitContact, actor, assignment.State);
        MoveTo(SuggestionAction.GiveUnitContact, actor, Status);
        Record(SuggestionEventKind.UnitContactGiven, now, actor, assignment.UnitId, $"联系人：{person}");
    }
}
