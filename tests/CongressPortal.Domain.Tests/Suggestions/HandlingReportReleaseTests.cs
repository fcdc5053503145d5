using System.Text;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Domain.Tests.Suggestions;

public sealed class HandlingReportReleaseTests
{
    private static readonly Actor Staff = Actor.Staff("王工作");
    private static readonly DateTimeOffset Monday = new(2026, 7, 6, 9, 30, 0, TimeSpan.FromHours(8));

    private static StoredFile Pdf() => StoredFile.Accept("报告.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 test"), "王工作", Monday);

    private static StoredFile Png() => StoredFile.Accept("图.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], "王工作", Monday);

    [Fact]
    public void Publishing_records_the_title_the_file_who_and_the_server_time()
    {
        var release = HandlingReportRelease.Publish(7, "  关于市十六届人大五次会议代表建议办理情况的报告 ", Pdf(), Staff, Monday);

        release.SessionId.Should().Be(7);
        release.Title.Should().Be("关于市十六届人大五次会议代表建议办理情况的报告");
        release.State.Should().Be(HandlingReportState.Published);
        release.IsPublished.Should().BeTrue();
        release.PublishedAt.Should().Be(Monday.ToUniversalTime());
        release.PublishedBy.Should().Be("王工作");
    }

    [Fact]
    public void Only_a_pdf_or_a_word_document_is_published()
    {
        var act = () => HandlingReportRelease.Publish(7, "报告", Png(), Staff, Monday);

        act.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(HandlingReportMessages.PdfOrWord);
    }

    [Fact]
    public void A_title_is_required_and_named_on_its_field()
    {
        var act = () => HandlingReportRelease.Publish(7, "  ", Pdf(), Staff, Monday);

        act.Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Title");
    }

    [Fact]
    public void Nobody_but_staff_publishes_or_withdraws()
    {
        var unit = Actor.Unit(3, "住建局");
        var publish = () => HandlingReportRelease.Publish(7, "报告", Pdf(), unit, Monday);
        publish.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(HandlingReportMessages.OnlyStaff);

        var release = HandlingReportRelease.Publish(7, "报告", Pdf(), Staff, Monday);
        var withdraw = () => release.Withdraw("有误", Actor.Deputy(1, "李代表"), Monday);
        withdraw.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(HandlingReportMessages.OnlyStaff);
        release.IsPublished.Should().BeTrue();
    }

    [Fact]
    public void Withdrawing_needs_a_reason_and_a_published_report_and_keeps_both_on_the_record()
    {
        var release = HandlingReportRelease.Publish(7, "报告", Pdf(), Staff, Monday);
        var noReason = () => release.Withdraw(" ", Staff, Monday);
        noReason.Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Reason");

        release.Withdraw("数据有误，修改后重新公开", Actor.Staff("赵工作"), Monday.AddHours(1));

        release.State.Should().Be(HandlingReportState.Withdrawn);
        (release.WithdrawnBy, release.WithdrawReason, release.WithdrawnAt).Should().Be(("赵工作", "数据有误，修改后重新公开", Monday.AddHours(1).ToUniversalTime()));
        var again = () => release.Withdraw("再撤一次", Staff, Monday.AddHours(2));
        again.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(HandlingReportMessages.NotPublished);
    }

    [Fact]
    public void Publishing_again_replaces_the_document_and_clears_the_withdrawal()
    {
        var release = HandlingReportRelease.Publish(7, "报告", Pdf(), Staff, Monday);
        release.Withdraw("数据有误", Staff, Monday.AddHours(1));

        release.Publish("报告（修订）", Pdf(), Actor.Staff("赵工作"), Monday.AddDays(1));

        release.IsPublished.Should().BeTrue();
        (release.Title, release.PublishedBy, release.PublishedAt).Should().Be(("报告（修订）", "赵工作", Monday.AddDays(1).ToUniversalTime()));
        (release.WithdrawnAt, release.WithdrawnBy, release.WithdrawReason).Should().Be(((DateTimeOffset?)null, (string?)null, (string?)null));
    }
}
