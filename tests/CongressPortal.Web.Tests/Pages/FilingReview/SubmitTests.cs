using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.FilingReview;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CongressPortal.Web.Tests.Pages.FilingReview;

/// <summary>
/// 提出审查建议 from the public: the journey to the answer, the receipt shown once, limits with messages next to the fields,
/// the honeypot, the contact never public, the per-address limit answering 429 in Chinese.
/// </summary>
public sealed class SubmitTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    private const string Page = "/FilingReview/Submit";
    private const string Contact = "13987654321";
    private const string Name = "欧阳建议人";

    private static List<(string, string?)> Fields(string reasons = "第十二条设定的罚款超出了上位法规定的幅度，请予审查。", string? name = Name, string contact = Contact) =>
        [("Input.DocumentTitle", "示例市城市绿化管理办法"), ("Input.Reasons", reasons), ("Input.Name", name), ("Input.Contact", contact)];

    [Fact]
    public async Task A_citizen_sends_a_request_reads_the_code_once_staff_answer_and_the_lookup_shows_the_answer_but_never_the_contact()
    {
        await FilingAsync();
        using var citizen = AnonymousClient();
        var form = await citizen.GetDocumentAsync(Page);
        form.QuerySelectorAll("#filed-titles option").Select(o => o.GetAttribute("value")).Should().Contain("示例市城市绿化管理办法");
        Text(form, "#request-form").Should().Contain("仅用于告知审查结果，不会公开");

        using var sent = await citizen.PostFormAsync(form, "#request-form", Fields());
        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sent.Headers.Location!.OriginalString.Should().Be("/FilingReview/Receipt");
        var stored = await DbAsync(db => Task.FromResult(db.ReviewRequests.Single()));
        sent.Headers.Location.OriginalString.Should().NotContain(stored.ReceiptCode);

        var receipt = await citizen.GetDocumentAsync("/FilingReview/Receipt");
        var shown = Text(receipt, "#receipt-code");
        shown.Should().Be(ReceiptCode.Display(stored.ReceiptCode));
        (await citizen.GetDocumentAsync("/FilingReview/Receipt")).QuerySelector("#receipt-code").Should().BeNull("the code is shown once");

        using (var staff = await StaffAsync())
        {
            using var answered = await PostAsync(staff, RequestPage(stored.Id), "#form-answer",
                [("Answer.Result", nameof(ReviewRequestResult.Corrected)), ("Answer.AnswerText", "已督促制定机关修改第十二条。")]);
            ShouldRedirect(answered, RequestPage(stored.Id));
        }

        using var lookup = await PostAsync(citizen, "/FilingReview/Lookup", "#lookup-form", [("Code", shown.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))]);
        var html = await lookup.Content.ReadAsStringAsync();
        lookup.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await PortalClient.ParseAsync(lookup);
        Text(result, "#result-label").Should().Be(ReviewRequestWorkflow.ResultLabel(ReviewRequestResult.Corrected));
        Text(result, "#result-answer").Should().Contain("已督促制定机关修改第十二条。");
        html.Should().NotContain(Contact).And.NotContain(Name);

        foreach (var url in new[] { "/FilingReview", Page, "/FilingReview/Lookup", "/FilingReview/Receipt" })
        {
            var body = await (await citizen.GetAsync(url)).Content.ReadAsStringAsync();
            body.Should().NotContain(Contact, $"{url} must never show a contact").And.NotContain(Name);
        }
    }

    [Fact]
    public async Task Length_limits_and_rules_answer_next_to_each_field_and_keep_everything_typed()
    {
        using var citizen = AnonymousClient();
        using (var tooLong = await PostAsync(citizen, Page, "#request-form",
            [("Input.DocumentTitle", new string('文', 201)), ("Input.Reasons", new string('理', 5001)), ("Input.Name", new string('名', 51)), ("Input.Contact", new string('1', 101))]))
        {
            var page = await RefusedAsync(tooLong);
            page.FieldError("Input.DocumentTitle").Should().Be("文件名称不能超过200个字");
            page.FieldError("Input.Reasons").Should().Be("审查建议的理由不能超过5000个字");
            page.FieldError("Input.Name").Should().Be("姓名不能超过50个字");
            page.FieldError("Input.Contact").Should().Be("联系方式不能超过100个字");
        }
        using (var empty = await PostAsync(citizen, Page, "#request-form", [("Input.DocumentTitle", "示例市城市绿化管理办法")]))
        {
            var page = await RefusedAsync(empty);
            page.FieldError("Input.Reasons").Should().Be("请填写建议审查的理由");
            page.FieldError("Input.Contact").Should().Be("请填写联系方式，以便告知审查结果（不会公开）");
            Value(page, "Input.DocumentTitle").Should().Be("示例市城市绿化管理办法");
        }
        using (var shortReasons = await PostAsync(citizen, Page, "#request-form", Fields(reasons: "太短了")))
        {
            var page = await RefusedAsync(shortReasons);
            page.FieldError("Input.Reasons").Should().Be(LegislationMessages.ReasonsTooShort.Message);
            Value(page, "Input.Contact").Should().Be(Contact);
            Value(page, "Input.Name").Should().Be(Name);
        }
        using (var badContact = await PostAsync(citizen, Page, "#request-form", Fields(contact: "随便写写")))
        {
            var page = await RefusedAsync(badContact);
            page.FieldError("Input.Contact").Should().Be(LegislationMessages.ContactInvalid.Message);
            Value(page, "Input.Reasons").Should().Contain("罚款超出");
        }
        (await CountAsync<ReviewRequest>()).Should().Be(0);
    }

    [Fact]
    public async Task A_filled_honeypot_answers_like_a_success_and_stores_nothing()
    {
        using var robot = AnonymousClient();
        using var sent = await PostAsync(robot, Page, "#request-form", [.. Fields(), ("Website", "http://spam.example")]);
        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sent.Headers.Location!.OriginalString.Should().Be("/FilingReview/Receipt");
        (await robot.GetDocumentAsync("/FilingReview/Receipt")).QuerySelector("#receipt-code").Should().NotBeNull();
        (await CountAsync<ReviewRequest>()).Should().Be(0);
    }

    [Fact]
    public async Task Too_many_posts_from_one_address_get_429_with_a_Chinese_page_and_Retry_After_and_reading_the_form_stays_free()
    {
        await using var limited = App.WithWebHostBuilder(b => b.UseSetting("Security:PublicFormPostsPerHour", "2"));
        using var citizen = new PortalClient(limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        for (var i = 0; i < 2; i++)
        {
            using var sent = await PostAsync(citizen, Page, "#request-form", Fields());
            sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var form = await citizen.GetDocumentAsync(Page);
        using var refused = await citizen.PostFormAsync(form, "#request-form", Fields());
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeGreaterThan(0);
        var body = await refused.Content.ReadAsStringAsync();
        body.Should().Contain("操作过于频繁，请稍后再试");
        (await CountAsync<ReviewRequest>()).Should().Be(2);
    }
}
