using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;
using static CongressPortal.Domain.Tests.Suggestions.WorkflowScenarios;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>S1a (co-signers confirm on their desk) and S37a (the unit's contact person), docs/domain/suggestions.md.</summary>
public sealed class CoSignersAndContactsTests
{
    private const int OtherDeputy = 12;
    private static readonly Actor CoSignerActor = Actor.Deputy(CoSigner, "赵附议");

    [Fact]
    public void Co_signers_staff_enter_from_the_paper_form_are_signed_and_need_no_confirmation()
    {
        var s = Registered();

        var row = s.Deputies.Single(d => d.DeputyId == CoSigner);
        row.State.Should().Be(CoSignerState.Confirmed);
        row.RecordedByStaff.Should().BeTrue();
        row.AnsweredAt.Should().Be(Monday);
        SuggestionLabels.For(row).Should().Be("工作人员据纸质建议登记");
        s.Check(SuggestionAction.ConfirmCoSigning, CoSignerActor, ChinaTime.Today(Monday)).Should().Be(SuggestionMessages.CoSigningAlreadyConfirmed);
        s.Check(SuggestionAction.DeclineCoSigning, CoSignerActor, ChinaTime.Today(Monday)).Should().Be(SuggestionMessages.CoSigningAlreadyConfirmed,
            "a signature on paper is withdrawn through staff");
    }

    [Fact]
    public void Co_signers_named_online_wait_for_their_confirmation_and_confirm_once()
    {
        var s = SubmittedOnlineWithInvitation();
        var row = s.Deputies.Single(d => d.DeputyId == CoSigner);
        row.IsPending.Should().BeTrue();
        SuggestionLabels.For(row).Should().Be("待确认");
        s.IsDeputyOf(CoSignerActor).Should().BeTrue("the invited deputy sees the suggestion on the desk to answer");

        s.ConfirmCoSigning(CoSignerActor, Later);

        row = s.Deputies.Single(d => d.DeputyId == CoSigner);
        row.State.Should().Be(CoSignerState.Confirmed);
        row.RecordedByStaff.Should().BeFalse();
        row.AnsweredAt.Should().Be(Later.ToUniversalTime());
        s.Events[^1].Kind.Should().Be(SuggestionEventKind.CoSigningConfirmed);
        s.Events[^1].ActorName.Should().Be("赵附议");
        var again = () => s.ConfirmCoSigning(CoSignerActor, Later);
        again.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(SuggestionMessages.CoSigningAlreadyConfirmed);
        var withdraw = () => s.DeclineCoSigning(CoSignerActor, Later);
        withdraw.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(SuggestionMessages.CoSigningAlreadyConfirmed);
    }

    [Fact]
    public void Declining_takes_the_co_signer_off_the_suggestion_with_a_timeline_entry()
    {
        var s = SubmittedOnlineWithInvitation();

        s.DeclineCoSigning(CoSignerActor, Later);

        s.Deputies.Should().ContainSingle().Which.DeputyId.Should().Be(LeadDeputy);
        s.IsDeputyOf(CoSignerActor).Should().BeFalse();
        s.Events[^1].Kind.Should().Be(SuggestionEventKind.CoSigningDeclined);
        s.Events[^1].ActorName.Should().Be("赵附议");
    }

    [Fact]
    public void Only_a_co_signer_answers_an_invitation()
    {
        var s = SubmittedOnlineWithInvitation();
        var today = ChinaTime.Today(Later);

        s.Check(SuggestionAction.ConfirmCoSigning, Deputy, today).Should().Be(SuggestionMessages.NotInvitedToCoSign, "the lead is not a co-signer");
        s.Check(SuggestionAction.DeclineCoSigning, Actor.Deputy(OtherDeputy, "钱旁人"), today).Should().Be(SuggestionMessages.NotInvitedToCoSign);
        s.Check(SuggestionAction.ConfirmCoSigning, Staff, today)!.Code.Should().Be("Workflow.WrongRole", "staff cannot confirm for a deputy");
    }

    [Fact]
    public void At_acceptance_invitations_nobody_answered_lapse_and_confirmed_co_signers_stay()
    {
        var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, LeadDeputy, [CoSigner, OtherDeputy], "关于增设公交站点的建议", "建议增设站点。", 3, new DateOnly(2026, 3, 2));
        var s = WithIds(Suggestion.Register(draft, "2026年闭会期间第003号", "between:2026", 3, Deputy, Monday));
        s.ConfirmCoSigning(CoSignerActor, Monday);

        s.Accept(Staff, Later);

        s.CoSignerIds.Should().Equal(CoSigner);
        s.PendingCoSigners.Should().BeEmpty();
        s.Events[^1].Kind.Should().Be(SuggestionEventKind.CoSigningLapsed);
        s.Events[^1].Detail.Should().Contain("1名附议代表");
        var late = () => s.ConfirmCoSigning(Actor.Deputy(OtherDeputy, "钱旁人"), Later);
        late.Should().Throw<DomainRuleException>().Which.Refusal.Code.Should().Be("Workflow.WrongStatus");
    }

    [Fact]
    public void Acceptance_without_invitations_adds_no_lapse_entry()
    {
        var s = Registered();
        s.Accept(Staff, Later);
        s.Events.Should().NotContain(e => e.Kind == SuggestionEventKind.CoSigningLapsed);
    }

    [Fact]
    public void A_staff_correction_keeps_an_invitation_open_and_records_an_added_paper_signature()
    {
        var s = SubmittedOnlineWithInvitation();

        s.Edit(new SuggestionDraft(s.Source, s.SessionId, s.Year, LeadDeputy, [CoSigner, OtherDeputy], s.Title, s.Content, s.CategoryId, s.ReceivedOn), Staff, Later);

        s.Deputies.Single(d => d.DeputyId == CoSigner).IsPending.Should().BeTrue();
        var added = s.Deputies.Single(d => d.DeputyId == OtherDeputy);
        added.State.Should().Be(CoSignerState.Confirmed);
        added.RecordedByStaff.Should().BeTrue();
    }

    [Fact]
    public void A_merge_carries_only_deputies_who_signed()
    {
        var s = SubmittedOnlineWithInvitation();
        var target = Registered();

        s.MergeInto(target, Staff, Later);

        target.Deputies.Where(d => d.Role == SuggestionDeputyRole.Merged).Select(d => d.DeputyId).Should().NotContain(CoSigner);
    }

    [Fact]
    public void A_unit_names_its_contact_person_before_it_signs_and_may_change_it()
    {
        var s = Split(false, UnitA);

        s.GiveUnitContact(" 周联系 ", "0471-6612345", "zhou@example.cn", Unit(UnitA), Monday);

        var part = s.AssignmentOf(UnitA)!;
        part.ContactName.Should().Be("周联系");
        part.ContactPhone.Should().Be("0471-6612345");
        part.ContactEmail.Should().Be("zhou@example.cn");
        part.ContactGivenAt.Should().Be(Monday);
        part.State.Should().Be(AssignmentState.AwaitingAcceptance);
        s.Events[^1].Kind.Should().Be(SuggestionEventKind.UnitContactGiven);
        s.Events[^1].Detail.Should().Be("联系人：周联系").And.NotContain("0471", "the timeline names the person, not the number");

        s.GiveUnitContact("吴接替", "13900001111", null, Unit(UnitA), Later);
        part.ContactName.Should().Be("吴接替");
        part.ContactEmail.Should().BeNull();
    }

    [Theory]
    [InlineData("", "0471-6612345", null, "Suggestion.Required")]
    [InlineData("周联系", "电话号码", null, "Suggestion.UnitContactPhoneInvalid")]
    [InlineData("周联系", "12345", null, "Suggestion.UnitContactPhoneInvalid")]
    [InlineData("周联系", "0471-6612345", "zhou.example.cn", "Suggestion.UnitContactEmailInvalid")]
    public void A_contact_needs_a_name_and_a_real_phone_number(string name, string phone, string? email, string code)
    {
        var s = Split(UnitA);

        var act = () => s.GiveUnitContact(name, phone, email, Unit(UnitA), Later);

        var refusal = act.Should().Throw<DomainRuleException>().Which.Refusal;
        if (code == "Suggestion.Required") refusal.Field.Should().Be("Name");
        else refusal.Code.Should().Be(code);
        s.AssignmentOf(UnitA)!.ContactName.Should().BeNull();
    }

    [Fact]
    public void Another_unit_cannot_name_a_contact_on_a_suggestion_it_does_not_handle()
    {
        var s = Split(UnitA);
        var act = () => s.GiveUnitContact("周联系", "0471-6612345", null, Unit(UnitB), Later);
        act.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(SuggestionMessages.NotAssignedToUnit);
    }
}
