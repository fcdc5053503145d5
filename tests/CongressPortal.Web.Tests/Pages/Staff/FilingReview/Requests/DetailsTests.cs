using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview.Requests;

/// <summary>A review request for staff: the contact is shown here, accepted with the filed document, answered.</summary>
public sealed class DetailsTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    [Fact]
    public async Task Staff_see_the_contact_accept_naming_the_filed_document_and_answer_with_a_result_and_text()
    {
        var filing = await FilingAsync();
        var (id, _) = await RequestAsync(contact: "13912345678");
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(RequestPage(id));
        Text(page, "#request-contact").Should().Contain("13912345678");
        Text(page, "#request-name").Should().Be("李公民");

        using (var accepted = await staff.PostFormAsync(page, "#form-accept", [("Accept.FilingId", filing.ToString(System.Globalization.CultureInfo.InvariantCulture))]))
            ShouldRedirect(accepted, RequestPage(id));
        var stored = await StoredRequestAsync(id);
        stored.Status.Should().Be(ReviewRequestStatus.UnderReview);
        stored.FilingId.Should().Be(filing);

        using (var noText = await PostAsync(staff, RequestPage(id), "#form-answer", [("Answer.Result", nameof(ReviewRequestResult.Corrected)), ("Answer.AnswerText", "")]))
            (await RefusedAsync(noText)).FieldError("Answer.AnswerText").Should().Contain("答复内容");
        using (var noResult = await PostAsync(staff, RequestPage(id), "#form-answer", [("Answer.Result", ""), ("Answer.AnswerText", "已督促纠正。")]))
        {
            var refused = await RefusedAsync(noResult);
            refused.FieldError("Answer.Result").Should().Be("请选择答复结果");
            Value(refused, "Answer.AnswerText").Should().Be("已督促纠正。");
        }
        using (var answered = await PostAsync(staff, RequestPage(id), "#form-answer", [("Answer.Result", nameof(ReviewRequestResult.Corrected)), ("Answer.AnswerText", "已督促制定机关修改第十二条。")]))
            ShouldRedirect(answered, RequestPage(id));
        stored = await StoredRequestAsync(id);
        stored.Status.Should().Be(ReviewRequestStatus.Answered);
        stored.Result.Should().Be(ReviewRequestResult.Corrected);
        page = await staff.GetDocumentAsync(RequestPage(id));
        page.QuerySelector("#form-answer").Should().BeNull();
        Text(page, "#answer-text").Should().Contain("已督促制定机关修改第十二条。");
    }

    [Fact]
    public async Task Script_sent_by_the_public_is_shown_encoded_to_staff_and_never_runs()
    {
        const string Attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var (id, _) = await RequestAsync(title: "文件" + Attack, reasons: "理由说明足够长：" + Attack, name: Attack[..40]);
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync(RequestPage(id));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert").And.NotContain("<img src=x");
        html.Should().Contain("&lt;script&gt;alert(");
        var page = await PortalClient.ParseAsync(response);
        Text(page, "#request-reasons").Should().Contain(Attack, "the text is kept exactly and shown as text");
        (await staff.GetDocumentAsync("/Staff/FilingReview/Requests")).QuerySelectorAll("#requests script").Should().BeEmpty();
    }
}
