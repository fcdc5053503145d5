using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.DraftFixture;
using L = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// A comment on a draft (docs/domain/legislation.md, L7, L8, L11): sent by the public only while the draft is open by the
/// server's clock, on an article of the draft or the whole, with a private contact; entered by staff for a contact point
/// (then already checked); checked and decided with a reason; frozen once the outcome is published.
/// </summary>
public sealed class DraftCommentTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    private static DraftWindow Open => F.Opened().Window;

    // ---------------------------------------------------------------- sending

    [Fact]
    public void A_comment_sent_while_open_waits_for_a_check_with_its_receipt_code()
    {
        var comment = DraftComment.Submit(Open, F.Comment(" 第五条 ", "  建议将业主委员会任期改为三年。  ", " 13800138000 ", " 王女士 "), F.ReceiptCode, F.Now);

        comment.Should().BeEquivalentTo(new
        {
            DraftId = 0,
            ArticleAnchor = "第五条",
            Body = "建议将业主委员会任期改为三年。",
            Name = "王女士",
            Contact = "13800138000",
            ReceiptCode = F.ReceiptCode,
            Source = DraftCommentSource.Online,
            ContactPointId = (int?)null,
            CollectedOn = (DateOnly?)null,
            SubmittedAt = F.Now,
            Status = DraftCommentStatus.Received,
            CheckedAt = (DateTimeOffset?)null,
            CheckedBy = (string?)null,
            DecisionReason = (string?)null,
        });
        comment.IsChecked.Should().BeFalse();
    }

    [Fact]
    public void A_comment_on_no_article_is_on_the_draft_as_a_whole_and_the_name_is_optional()
    {
        var comment = DraftComment.Submit(Open, F.Comment(anchor: "  ", name: null), F.ReceiptCode, F.Now);

        comment.ArticleAnchor.Should().BeNull();
        comment.Name.Should().BeNull();
        DraftComment.Submit(Open, F.Comment(anchor: null, name: " "), F.ReceiptCode, F.Now).ArticleAnchor.Should().BeNull();
    }

    [Fact]
    public void A_comment_needs_a_receipt_code()
    {
        FluentActions.Invoking(() => DraftComment.Submit(Open, F.Comment(), "", F.Now)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Comment_is_taken_until_the_last_second_and_refused_from_the_closing_instant()
    {
        var window = Open;

        F.Submitted(window, at: F.ClosesAt.AddSeconds(-1)).SubmittedAt.Should().Be(F.ClosesAt.AddSeconds(-1));
        F.Submitted(window, at: F.ClosesAt.AddTicks(-1)).Status.Should().Be(DraftCommentStatus.Received);
        FluentActions.Invoking(() => F.Submitted(window, at: F.ClosesAt)).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.CommentClosed);
        FluentActions.Invoking(() => F.Submitted(window, at: F.AfterClose)).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.CommentClosed);
    }

    [Fact]
    public void Comment_is_refused_before_publication_and_after_an_early_close_or_the_outcome()
    {
        FluentActions.Invoking(() => F.Submitted(F.Prepared().Window)).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.NotOpenYet);
        FluentActions.Invoking(() => F.Submitted(F.ClosedEarly(F.Now.AddDays(1)).Window, at: F.Now.AddDays(2))).Should().Throw<DomainRuleException>()
            .WithRefusal(DraftMessages.CommentClosed);
        FluentActions.Invoking(() => F.Submitted(F.WithOutcome().Window, at: F.AfterClose)).Should().Throw<DomainRuleException>()
            .WithRefusal(DraftMessages.CommentClosed);
    }

    [Fact]
    public void A_comment_on_an_article_the_draft_does_not_have_is_refused()
    {
        var refusal = Refused(() => F.Submitted(Open, anchor: "第六条")).Refusal;

        refusal.Should().Be(DraftMessages.UnknownArticle);
        refusal.Field.Should().Be(nameof(DraftCommentDraft.ArticleAnchor));
        Refused(() => F.Submitted(Open, anchor: "第5条")).Refusal.Should().Be(DraftMessages.UnknownArticle);
    }

    [Theory]
    [InlineData("四个字的", false)]
    [InlineData("  四个字的  ", false)]
    [InlineData("五个字的话", true)]
    public void The_comment_has_at_least_five_characters(string body, bool accepted)
    {
        var send = () => DraftComment.Submit(Open, F.Comment(body: body), F.ReceiptCode, F.Now);

        if (accepted) send().Body.Should().Be(body.Trim());
        else FluentActions.Invoking(send).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.BodyTooShort);
    }

    [Fact]
    public void The_comment_is_required_and_at_most_2000_characters()
    {
        Refused(() => DraftComment.Submit(Open, F.Comment(body: " \n "), F.ReceiptCode, F.Now)).Refusal
            .Should().Be(DomainMessages.Required(nameof(DraftCommentDraft.Body), "意见内容"));
        DraftComment.Submit(Open, F.Comment(body: new string('意', DraftComment.MaxBodyLength)), F.ReceiptCode, F.Now).Body.Should().HaveLength(2000);
        Refused(() => DraftComment.Submit(Open, F.Comment(body: new string('意', DraftComment.MaxBodyLength + 1)), F.ReceiptCode, F.Now)).Refusal
            .Should().Be(DomainMessages.TooLong(nameof(DraftCommentDraft.Body), "意见内容", 2000));
    }

    [Fact]
    public void Script_in_a_comment_is_kept_as_text_for_the_pages_to_encode()
    {
        var body = "<script>alert('x')</script> 第五条应当修改";

        DraftComment.Submit(Open, F.Comment(body: body), F.ReceiptCode, F.Now).Body.Should().Be(body, "the domain stores what was written; every page encodes it");
    }

    [Fact]
    public void A_contact_is_required()
    {
        Refused(() => DraftComment.Submit(Open, F.Comment(contact: " "), F.ReceiptCode, F.Now)).Refusal
            .Should().Be(DomainMessages.Required(nameof(DraftCommentDraft.Contact), "联系方式"));
        Refused(() => DraftComment.Submit(Open, F.Comment(contact: null), F.ReceiptCode, F.Now)).Refusal.Field.Should().Be(nameof(DraftCommentDraft.Contact));
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("0471-6601234", true)]
    [InlineData("wang@example.com", true)]
    [InlineData("１３８００１３８０００", true)]
    [InlineData("660123", false)]
    [InlineData("微信 wang123", false)]
    [InlineData("wang@example", false)]
    public void The_contact_is_a_phone_number_or_an_email_address(string contact, bool accepted)
    {
        var send = () => DraftComment.Submit(Open, F.Comment(contact: contact), F.ReceiptCode, F.Now);

        if (accepted) send().Contact.Should().Be(contact);
        else FluentActions.Invoking(send).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.ContactInvalid);
    }

    [Fact]
    public void The_name_is_at_most_50_characters()
    {
        Refused(() => DraftComment.Submit(Open, F.Comment(name: new string('王', 51)), F.ReceiptCode, F.Now)).Refusal
            .Should().Be(DomainMessages.TooLong(nameof(DraftCommentDraft.Name), "姓名", 50));
    }

    // ---------------------------------------------------------------- a contact point's comments

    [Fact]
    public void A_contact_points_comment_entered_by_staff_starts_checked_as_valid()
    {
        var at = F.Now.AddDays(3);
        var comment = DraftComment.Record(Open, F.PointComment(collectedOn: F.Today.AddDays(2)), F.Staff, at);

        comment.Should().BeEquivalentTo(new
        {
            ArticleAnchor = "第四条",
            Body = "座谈会上居民建议明确业主大会的召开方式。",
            Name = "李大爷",
            Contact = (string?)null,
            ReceiptCode = (string?)null,
            Source = DraftCommentSource.ContactPoint,
            ContactPointId = F.PointId,
            CollectedOn = F.Today.AddDays(2),
            SubmittedAt = at,
            Status = DraftCommentStatus.Valid,
            CheckedAt = at,
            CheckedBy = F.Staff.Name,
        });
        comment.IsChecked.Should().BeTrue();
    }

    [Fact]
    public void A_contact_points_comment_may_be_entered_after_the_close_but_not_after_the_outcome()
    {
        DraftComment.Record(Open, F.PointComment(), F.Staff, F.AfterClose).Status.Should().Be(DraftCommentStatus.Valid);
        DraftComment.Record(F.ClosedEarly().Window, F.PointComment(), F.Staff, F.AfterClose).Status.Should().Be(DraftCommentStatus.Valid);

        Refused(() => DraftComment.Record(F.WithOutcome().Window, F.PointComment(), F.Staff, F.AfterClose)).Code.Should().Be("Workflow.WrongStatus");
        Refused(() => DraftComment.Record(F.Prepared().Window, F.PointComment(), F.Staff, F.Now)).Code.Should().Be("Workflow.WrongStatus");
    }

    [Fact]
    public void A_contact_points_comment_names_its_point_and_a_day_not_in_the_future()
    {
        Refused(() => DraftComment.Record(Open, F.PointComment() with { ContactPointId = 0 }, F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.ContactPointRequired);
        Refused(() => DraftComment.Record(Open, F.PointComment(collectedOn: F.Today.AddDays(1)), F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.CollectedInFuture);

        // 00:30 on 6 December in Beijing is 5 December in UTC: the 6th is today.
        var justAfterMidnight = new DateTimeOffset(2026, 12, 5, 16, 30, 0, TimeSpan.Zero);
        DraftComment.Record(Open, F.PointComment(collectedOn: new DateOnly(2026, 12, 6)), F.Staff, justAfterMidnight).CollectedOn.Should().Be(new DateOnly(2026, 12, 6));
    }

    [Fact]
    public void A_contact_points_comment_may_have_a_contact_which_is_checked_and_a_body_checked_as_online()
    {
        DraftComment.Record(Open, F.PointComment(contact: "0471-6601234"), F.Staff, F.Now).Contact.Should().Be("0471-6601234");
        Refused(() => DraftComment.Record(Open, F.PointComment(contact: "王家村"), F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.ContactInvalid);
        Refused(() => DraftComment.Record(Open, F.PointComment() with { Body = "好" }, F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.BodyTooShort);
        Refused(() => DraftComment.Record(Open, F.PointComment(anchor: "第九条"), F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.UnknownArticle);
        DraftComment.Record(Open, F.PointComment(anchor: null), F.Staff, F.Now).ArticleAnchor.Should().BeNull();
    }

    [Fact]
    public void Only_staff_enter_a_contact_points_comments()
    {
        foreach (var role in PortalRole.All.Where(r => r != PortalRole.Staff).Append(PortalRole.Public))
            Refused(() => DraftComment.Record(Open, F.PointComment(), L.ActorFor(role), F.Now)).Code.Should().Be("Workflow.WrongRole", role);
    }

    // ---------------------------------------------------------------- checking and deciding

    [Fact]
    public void A_check_records_who_checked_and_when()
    {
        var window = Open;
        var comment = F.Submitted(window);
        var at = F.AfterClose;

        comment.Check(window, DraftCommentCheck.OffTopic, F.Staff, at);

        comment.Status.Should().Be(DraftCommentStatus.OffTopic);
        comment.IsChecked.Should().BeTrue();
        comment.CheckedAt.Should().Be(at);
        comment.CheckedBy.Should().Be(F.Staff.Name);
        comment.UpdatedAt.Should().Be(at);
    }

    [Fact]
    public void Comments_may_be_checked_while_the_draft_is_still_open()
    {
        var window = Open;
        var comment = F.Submitted(window);

        comment.Check(window, DraftCommentCheck.Valid, F.Staff, F.Now.AddHours(1));
        comment.Decide(window, AdoptionDecision.NotAdopted, "与上位法规定不一致。", F.Staff, F.Now.AddHours(2));

        comment.Status.Should().Be(DraftCommentStatus.NotAdopted);
    }

    [Fact]
    public void A_decision_is_made_with_the_reason_its_writer_reads()
    {
        var window = Open;
        var comment = F.CommentIn(window, DraftCommentStatus.Valid);

        comment.Decide(window, AdoptionDecision.PartlyAdopted, "  任期调整为四年。 ", F.Staff, F.AfterClose);

        comment.Status.Should().Be(DraftCommentStatus.PartlyAdopted);
        comment.DecisionReason.Should().Be("任期调整为四年。");
        comment.DecidedAt.Should().Be(F.AfterClose);
        comment.DecidedBy.Should().Be(F.Staff.Name);

        comment.Decide(window, AdoptionDecision.Adopted, "修改稿已采纳。", F.Staff, F.AfterClose.AddHours(1));
        comment.Status.Should().Be(DraftCommentStatus.Adopted);
        comment.DecisionReason.Should().Be("修改稿已采纳。");
    }

    [Fact]
    public void A_decision_needs_a_reason_and_changes_nothing_without_one()
    {
        var window = Open;
        var comment = F.CommentIn(window, DraftCommentStatus.Valid);

        Refused(() => comment.Decide(window, AdoptionDecision.NotAdopted, " ", F.Staff, F.AfterClose)).Refusal
            .Should().Be(DomainMessages.Required("Reason", "采纳情况的理由"));
        Refused(() => comment.Decide(window, AdoptionDecision.Adopted, new string('理', DraftComment.MaxReasonLength + 1), F.Staff, F.AfterClose)).Code
            .Should().Be("Common.TooLong");

        comment.Status.Should().Be(DraftCommentStatus.Valid);
        comment.DecidedAt.Should().BeNull();
    }

    [Fact]
    public void An_unchecked_comment_is_not_decided()
    {
        var window = Open;
        var comment = F.Submitted(window);

        Refused(() => comment.Decide(window, AdoptionDecision.Adopted, "理由", F.Staff, F.AfterClose)).Code.Should().Be("Workflow.WrongStatus");
        comment.AvailableActions(window, F.Staff, F.AfterClose).Allowed.Should().BeEquivalentTo(
            [DraftCommentAction.MarkValid, DraftCommentAction.MarkDuplicate, DraftCommentAction.MarkOffTopic, DraftCommentAction.MarkAbusive]);
    }

    [Theory]
    [InlineData(DraftCommentCheck.Duplicate)]
    [InlineData(DraftCommentCheck.OffTopic)]
    [InlineData(DraftCommentCheck.Abusive)]
    public void Marking_a_decided_comment_anything_but_valid_clears_its_decision(DraftCommentCheck check)
    {
        var window = Open;
        var comment = F.CommentIn(window, DraftCommentStatus.Adopted);
        comment.DecisionReason.Should().NotBeNull();

        comment.Check(window, check, F.Staff, F.AfterClose);

        comment.IsChecked.Should().BeTrue();
        comment.DecisionReason.Should().BeNull();
        comment.DecidedAt.Should().BeNull();
        comment.DecidedBy.Should().BeNull();
        comment.CheckedAt.Should().Be(F.AfterClose);
    }

    [Fact]
    public void A_comment_found_a_duplicate_by_mistake_is_made_valid_again_undecided()
    {
        var window = Open;
        var comment = F.CommentIn(window, DraftCommentStatus.Duplicate);

        comment.Check(window, DraftCommentCheck.Valid, F.Staff, F.AfterClose);

        comment.Status.Should().Be(DraftCommentStatus.Valid);
        comment.DecisionReason.Should().BeNull();
    }

    [Fact]
    public void Only_staff_check_and_decide()
    {
        var window = Open;
        var comment = F.CommentIn(window, DraftCommentStatus.Valid);

        foreach (var role in PortalRole.All.Where(r => r != PortalRole.Staff).Append(PortalRole.Public))
        {
            comment.AvailableActions(window, L.ActorFor(role), F.AfterClose).Allowed.Should().BeEmpty(role);
            Refused(() => comment.Decide(window, AdoptionDecision.Adopted, "理由", L.ActorFor(role), F.AfterClose)).Code.Should().Be("Workflow.WrongRole");
            Refused(() => comment.Check(window, DraftCommentCheck.Abusive, L.ActorFor(role), F.AfterClose)).Code.Should().Be("Workflow.WrongRole");
        }
        comment.Status.Should().Be(DraftCommentStatus.Valid);
    }

    [Fact]
    public void Once_the_outcome_is_published_every_check_and_decision_is_refused_until_it_is_withdrawn()
    {
        var draft = F.Opened();
        var adopted = F.CommentIn(draft.Window, DraftCommentStatus.Adopted);
        var duplicate = F.CommentIn(draft.Window, DraftCommentStatus.Duplicate);
        draft.PublishOutcome(F.Outcome(), F.Figures([adopted, duplicate]), F.Staff, F.AfterClose);
        var window = draft.Window;

        foreach (var comment in new[] { adopted, duplicate })
        {
            var actions = comment.AvailableActions(window, F.Staff, F.AfterClose);
            actions.Allowed.Should().BeEmpty();
            actions.Checks.Where(c => DraftCommentWorkflow.Table.Allows(comment.Status, c.Action, PortalRole.Staff))
                .Should().OnlyContain(c => c.Refusal == DraftMessages.OutcomeAlreadyPublished);
            actions.Explain(DraftCommentAction.MarkOffTopic).Should().Be(DraftMessages.OutcomeAlreadyPublished.Message);
        }
        FluentActions.Invoking(() => adopted.Decide(window, AdoptionDecision.NotAdopted, "改为不采纳", F.Staff, F.AfterClose)).Should().Throw<DomainRuleException>()
            .WithRefusal(DraftMessages.OutcomeAlreadyPublished);
        FluentActions.Invoking(() => duplicate.Check(window, DraftCommentCheck.Valid, F.Staff, F.AfterClose)).Should().Throw<DomainRuleException>()
            .WithRefusal(DraftMessages.OutcomeAlreadyPublished);
        adopted.Status.Should().Be(DraftCommentStatus.Adopted);
        duplicate.Status.Should().Be(DraftCommentStatus.Duplicate);

        draft.WithdrawOutcome(F.Staff, F.AfterClose.AddHours(1));
        adopted.Decide(draft.Window, AdoptionDecision.NotAdopted, "改为不采纳", F.Staff, F.AfterClose.AddHours(1));
        adopted.Status.Should().Be(DraftCommentStatus.NotAdopted);
    }

    [Fact]
    public void A_comment_is_judged_only_against_its_own_draft()
    {
        var comment = F.Submitted(Open);
        var other = new DraftWindow(7, DraftPhase.Open, F.ClosesAt, F.Anchors);

        FluentActions.Invoking(() => comment.Check(other, DraftCommentCheck.Valid, F.Staff, F.Now)).Should().Throw<InvalidOperationException>();
    }
}
