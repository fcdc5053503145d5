using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.DraftCommentStatus;
using F = CongressPortal.Domain.Tests.Legislation.DraftFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// What a draft's comments add up to (docs/domain/legislation.md, "What counts"): only checked comments count anywhere
/// public — 收到意见 (<see cref="DraftCommentFigures.Checked"/>), 有效意见 (<see cref="DraftCommentFigures.Counted"/>), 采纳
/// (<see cref="DraftCommentFigures.AdoptedTotal"/>, partly adopted included) — and comments waiting for a check count nowhere.
/// </summary>
public sealed class DraftCommentFiguresTests
{
    /// <summary>One of each status, and a second of some, as the store's GROUP BY would return them.</summary>
    private static readonly DraftCommentFigures Mixed = DraftCommentFigures.From(
    [
        (Received, 5), (Valid, 2), (Duplicate, 3), (OffTopic, 1), (Abusive, 1), (Adopted, 4), (PartlyAdopted, 2), (NotAdopted, 6),
    ]);

    [Fact]
    public void Each_status_has_its_figure()
    {
        Mixed.Should().Be(new DraftCommentFigures(Pending: 5, Undecided: 2, Duplicate: 3, OffTopic: 1, Abusive: 1, Adopted: 4, PartlyAdopted: 2, NotAdopted: 6));
    }

    [Fact]
    public void Comments_waiting_for_a_check_count_in_no_public_figure()
    {
        Mixed.Checked.Should().Be(2 + 3 + 1 + 1 + 4 + 2 + 6, "收到意见: every checked comment, without the 5 pending");
        Mixed.Counted.Should().Be(2 + 4 + 2 + 6, "有效意见: valid, decided or not");
        Mixed.AdoptedTotal.Should().Be(4 + 2, "采纳: adopted and partly adopted");
        Mixed.Excluded.Should().Be(3 + 1 + 1, "duplicates, off-topic and abusive comments");
        Mixed.Total.Should().Be(5 + 19, "staff see every comment, pending included");
        (Mixed.Counted + Mixed.Excluded).Should().Be(Mixed.Checked);
    }

    [Fact]
    public void Only_pending_comments_leave_every_public_figure_at_zero()
    {
        var pending = DraftCommentFigures.From([(Received, 40)]);

        pending.Checked.Should().Be(0);
        pending.Counted.Should().Be(0);
        pending.AdoptedTotal.Should().Be(0);
        pending.Total.Should().Be(40);
    }

    [Fact]
    public void Counts_of_the_same_status_are_added_and_missing_statuses_are_zero()
    {
        var figures = DraftCommentFigures.From([(Adopted, 2), (Adopted, 3), (Received, 1)]);

        figures.Should().Be(DraftCommentFigures.None with { Adopted = 5, Pending = 1 });
        DraftCommentFigures.From([]).Should().Be(DraftCommentFigures.None);
        DraftCommentFigures.None.Total.Should().Be(0);
    }

    [Fact]
    public void Figures_of_several_drafts_add_up_field_by_field()
    {
        // Hohhot 2025 reported 773 comments and 279 adopted across its drafts.
        var first = DraftCommentFigures.None with { Undecided = 0, Adopted = 200, PartlyAdopted = 19, NotAdopted = 300, Duplicate = 50 };
        var second = DraftCommentFigures.None with { Adopted = 50, PartlyAdopted = 10, NotAdopted = 134, OffTopic = 10, Pending = 7 };

        var year = first + second;

        year.Should().Be(new DraftCommentFigures(7, 0, 50, 10, 0, 250, 29, 434));
        year.Checked.Should().Be(773);
        year.AdoptedTotal.Should().Be(279);
        (DraftCommentFigures.None + first).Should().Be(first);
    }

    [Fact]
    public void The_figures_of_real_comments_follow_their_moderation()
    {
        var window = F.Opened().Window;
        var comments = new[] { Received, Received, Valid, Duplicate, Adopted, PartlyAdopted, NotAdopted }.Select(s => F.CommentIn(window, s)).ToList();
        comments.Add(DraftComment.Record(window, F.PointComment(), F.Staff, F.Now));

        var figures = F.Figures(comments);

        figures.Should().Be(new DraftCommentFigures(Pending: 2, Undecided: 2, Duplicate: 1, OffTopic: 0, Abusive: 0, Adopted: 1, PartlyAdopted: 1, NotAdopted: 1));
        figures.Checked.Should().Be(6, "a contact point's comment is checked on entry");

        comments[0].Check(window, DraftCommentCheck.Abusive, F.Staff, F.Now);
        F.Figures(comments).Should().Be(figures with { Pending = 1, Abusive = 1 });
    }
}
