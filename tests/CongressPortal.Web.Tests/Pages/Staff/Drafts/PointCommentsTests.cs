using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>Entering the comments a contact point collected: kept point and article, an inactive point and a future day refused at their fields.</summary>
public sealed class PointCommentsTests(PortalAppFactory app) : StaffDraftTest(app)
{
    private static string EntryPage(int draftId, string query = "") => $"/Staff/Drafts/{draftId}/PointComments{query}";

    [Fact]
    public async Task Save_and_continue_keeps_the_point_and_article_and_the_comment_is_listed_by_point()
    {
        var draft = await Steps.OpenDraftAsync();
        var point = await Steps.ContactPointAsync();
        using var staff = await StaffAsync();
        using var response = await PostAsync(staff, EntryPage(draft.DraftId), "#point-comment-form",
        [
            ("Input.ContactPointId", Id(point)), ("Input.ArticleAnchor", "第三条"), ("Input.Body", Script), ("Input.Name", "王居民"),
            ("Input.Contact", DraftSteps.PrivateContact), ("Input.CollectedOn", Iso(Steps.Today)), ("next", "true"),
        ]);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var next = response.Headers.Location!.OriginalString;
        next.Should().Contain($"point={point}");
        var stored = await DbAsync(db => db.DraftComments.AsNoTracking().SingleAsync(c => c.DraftId == draft.DraftId));
        stored.Source.Should().Be(DraftCommentSource.ContactPoint);
        stored.ContactPointId.Should().Be(point);
        stored.Status.Should().Be(DraftCommentStatus.Valid);
        stored.CollectedOn.Should().Be(Steps.Today);

        var page = await staff.GetDocumentAsync(next);
        Value(page, "Input.ContactPointId").Should().Be(Id(point));
        Value(page, "Input.ArticleAnchor").Should().Be("第三条");
        Value(page, "Input.Body").Should().BeEmpty();
        page.QuerySelector($"#entered-{stored.Id}").Should().NotBeNull();
        using var raw = await staff.GetAsync(next);
        (await raw.Content.ReadAsStringAsync()).Should().NotContain("<script>alert").And.NotContain(DraftSteps.PrivateContact);
    }

    [Fact]
    public async Task An_inactive_point_and_a_day_after_today_are_refused_next_to_their_fields()
    {
        var draft = await Steps.OpenDraftAsync();
        var point = await Steps.ContactPointAsync();
        var stopped = await Steps.ContactPointAsync("已撤销的联系点");
        await ServiceAsync<ContactPointStore, bool>(async store =>
        {
            var version = await store.Points.Where(p => p.Id == stopped).Select(p => p.Version).SingleAsync();
            return (await store.SetActiveAsync(stopped, version, false, DraftSteps.Staff, default)).IsSuccess;
        });
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(EntryPage(draft.DraftId));
        page.QuerySelector($"select[name='Input.ContactPointId'] option[value='{stopped}']").Should().BeNull("only active points are offered");

        using (var inactive = await PostAsync(staff, page, "#point-comment-form",
            [("Input.ContactPointId", Id(stopped)), ("Input.Body", "建议增加社区绿地。"), ("Input.CollectedOn", Iso(Steps.Today))]))
        {
            var refused = await RefusedAsync(inactive);
            refused.FieldError("Input.ContactPointId").Should().Be(DraftMessages.ContactPointInactive.Message);
            Value(refused, "Input.Body").Should().Be("建议增加社区绿地。");
        }
        using (var future = await PostAsync(staff, page, "#point-comment-form",
            [("Input.ContactPointId", Id(point)), ("Input.Body", "建议增加社区绿地。"), ("Input.CollectedOn", Iso(Steps.Today.AddDays(1)))]))
            (await RefusedAsync(future)).FieldError("Input.CollectedOn").Should().Be(DraftMessages.CollectedInFuture.Message);
        (await DbAsync(db => db.DraftComments.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task No_entry_form_once_the_outcome_is_published()
    {
        var draft = await Steps.OpenDraftAsync();
        await Steps.PublishOutcomeAsync(draft.DraftId);
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(EntryPage(draft.DraftId));
        page.QuerySelector("#point-comment-form").Should().BeNull();
        page.QuerySelector("#entry-closed").Should().NotBeNull();
    }
}
