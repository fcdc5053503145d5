using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>准备征求意见稿 from a reading: the form filled from the reading, the 30-day minimum in calendar days at its field.</summary>
public sealed class CreateTests(PortalAppFactory app) : DraftTest(app)
{
    [Fact]
    public async Task The_form_is_filled_from_the_reading_with_the_earliest_last_day_and_says_why()
    {
        var (recordId, readingId) = await Steps.ReadRecordAsync(articles: 6);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(CreatePage(recordId, readingId));

        Value(page, "Input.Title").Should().Be("示例市城市绿化条例（草案）（征求意见稿）");
        Value(page, "Input.Explanation").Should().Be("关于草案的起草说明。");
        Value(page, "Input.LastDay").Should().Be(Iso(Today.AddDays(30)));
        Text(page, "#last-day-help").Should().Contain("立法法第四十条").And.Contain("发布当日不计入").And.Contain("2026年4月1日");
        page.QuerySelectorAll(".statute [id^='第']").Should().NotBeEmpty("the text to be published is shown");
    }

    [Fact]
    public async Task A_last_day_29_days_ahead_is_refused_at_its_field_with_everything_kept_and_30_days_is_accepted()
    {
        var (recordId, readingId) = await Steps.ReadRecordAsync();
        using var staff = await StaffAsync();

        using (var refused = await PostAsync(staff, CreatePage(recordId, readingId), "#draft-form",
            [("Input.Title", "示例市城市绿化条例（草案征求意见稿）"), ("Input.Explanation", "我们改写的起草说明。"), ("Input.LastDay", Iso(Today.AddDays(29)))]))
        {
            var page = await RefusedAsync(refused);
            page.FieldError("Input.LastDay").Should().Contain("不得少于 30 日").And.Contain("2026年4月1日");
            Value(page, "Input.Title").Should().Be("示例市城市绿化条例（草案征求意见稿）");
            Value(page, "Input.Explanation").Should().Be("我们改写的起草说明。");
            Value(page, "Input.LastDay").Should().Be(Iso(Today.AddDays(29)));
        }
        (await DbAsync(db => db.OpenDrafts.CountAsync())).Should().Be(0);

        using var accepted = await PostAsync(staff, CreatePage(recordId, readingId), "#draft-form",
            [("Input.Title", "示例市城市绿化条例（草案征求意见稿）"), ("Input.LastDay", Iso(Today.AddDays(30)))]);
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var draft = await DbAsync(db => db.OpenDrafts.AsNoTracking().SingleAsync());
        accepted.Headers.Location!.OriginalString.Should().Be(DraftPage(draft.Id));
        draft.LastDay.Should().Be(Today.AddDays(30));
        draft.ReadingId.Should().Be(readingId);
        draft.ArticleCount.Should().Be(8);
        draft.OpenedAt.Should().BeNull("nothing is public before staff publish it");
    }

    [Fact]
    public async Task A_reading_of_another_record_or_none_answers_404()
    {
        var (recordId, readingId) = await Steps.ReadRecordAsync();
        var (otherRecord, _) = await Steps.ReadRecordAsync(title: "示例市另一条例");
        using var staff = await StaffAsync();
        using var wrong = await staff.GetAsync(CreatePage(otherRecord, readingId));
        wrong.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var none = await staff.GetAsync(CreatePage(recordId, 999999));
        none.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
