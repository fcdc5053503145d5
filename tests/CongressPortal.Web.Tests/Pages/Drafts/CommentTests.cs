using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>
/// /Drafts/{id}/Comment: the form opened at an article, the preview that shows the comment exactly as it will be stored,
/// back to editing, sending, refusals next to their fields with everything kept, the deadline to the second (even after a
/// preview), the honeypot, the per-address limit, no script from a comment ever run.
/// </summary>
public sealed class CommentTests(PortalAppFactory app) : DraftPageTest(app)
{
    private const string Body = "建议第三条明确绿化养护的责任主体，\n并写明资金来源。";
    private const string Name = "欧阳市民";

    private static List<(string, string?)> Fields(string? article = "第三条", string body = Body, string? name = Name, string contact = DraftSteps.PrivateContact) =>
        [("Input.ArticleAnchor", article), ("Input.Body", body), ("Input.Name", name), ("Input.Contact", contact)];

    private static async Task<IHtmlDocument> PreviewAsync(PortalClient client, int draftId, List<(string, string?)> fields, string? article = null)
    {
        using var preview = await PostAsync(client, CommentPage(draftId, article), "#comment-form", fields);
        var page = await RefusedAsync(preview);
        page.QuerySelector("#comment-preview").Should().NotBeNull($"the preview should show, not: {Text(page, ".text-danger")}");
        return page;
    }

    [Fact]
    public async Task Opened_at_an_article_previewed_and_sent_the_comment_is_stored_once_on_the_chosen_article_and_the_code_shows_once()
    {
        var draft = await Steps.OpenDraftAsync();
        using var citizen = AnonymousClient();
        using (var get = await citizen.GetAsync(CommentPage(draft.DraftId, "第五条")))
        {
            get.Headers.CacheControl!.NoStore.Should().BeTrue();
        }
        var form = await citizen.GetDocumentAsync(CommentPage(draft.DraftId, "第五条"));
        Text(form, "#draft-link").Should().Be(DraftSteps.DraftTitle);
        Value(form, "Input.ArticleAnchor").Should().Be("第五条");
        form.QuerySelectorAll("#Input_ArticleAnchor option").Select(o => o.TextContent).Should().Equal(
            ["草案整体", .. Enumerable.Range(1, 8).Select(n => $"第{ChineseNumerals.Format(n)}条")]);
        form.QuerySelectorAll(".draft-article-text:not([hidden])").Select(t => t.GetAttribute("data-article")).Should().Equal("第五条");
        Text(form, ".draft-article-text[data-article='第五条']").Should().Contain("第五条").And.Contain("本条规定城市绿化的第五项要求");
        Text(form, "#contact-hint").Should().Be("仅用于工作人员联系您，不会公开。");
        form.QuerySelector("#Input_Contact")!.GetAttribute("aria-describedby").Should().Contain("contact-hint");
        form.QuerySelector("#Input_Body")!.GetAttribute("maxlength").Should().Be("2000");
        form.QuerySelector("label[for='Input_Body']").Should().NotBeNull();

        var preview = await PreviewAsync(citizen, draft.DraftId, Fields(body: "  " + Body + "  "), "第五条");
        Text(preview, "#preview-title").Should().Be("请确认您的意见");
        Text(preview, "#preview-article").Should().Be("第三条");
        Text(preview, "#preview-body").Should().Be(Body, "the comment is shown as it will be stored: trimmed, line breaks kept");
        Text(preview, "#preview-name").Should().Be(Name);
        Text(preview, "#preview-contact").Should().Be(DraftSteps.PrivateContact);
        Text(preview, ".draft-article-quote").Should().Contain("第三项要求");
        (await CommentCountAsync(draft.DraftId)).Should().Be(0, "a preview stores nothing");

        using var sent = await citizen.PostFormAsync(preview, "#confirm-form", []);
        ShouldRedirect(sent, "/Drafts/Receipt");
        var stored = await DbAsync(db => db.DraftComments.AsNoTracking().SingleAsync());
        stored.Should().BeEquivalentTo(new
        {
            draft.DraftId, ArticleAnchor = "第三条", Body, Name, Contact = DraftSteps.PrivateContact,
            Source = DraftCommentSource.Online, Status = DraftCommentStatus.Received, SubmittedAt = TestClock.Start,
        });

        var receipt = await citizen.GetDocumentAsync("/Drafts/Receipt");
        Text(receipt, "#receipt-code").Should().Be(ReceiptCode.Display(stored.ReceiptCode!));
        receipt.QuerySelector("#back-to-draft")!.GetAttribute("href").Should().Be(DraftPage(draft.DraftId));
        Text(receipt, "#next-steps").Should().Contain("公布意见采纳情况");
        (await citizen.GetDocumentAsync("/Drafts/Receipt")).QuerySelector("#receipt-code").Should().BeNull("the code is shown once");
    }

    [Fact]
    public async Task Back_to_editing_shows_the_form_with_everything_kept_and_stores_nothing()
    {
        var draft = await Steps.OpenDraftAsync();
        using var citizen = AnonymousClient();
        var preview = await PreviewAsync(citizen, draft.DraftId, Fields(article: ""));
        Text(preview, "#preview-article").Should().Be("草案整体");

        using var back = await citizen.PostFormAsync(preview, "#edit-form", []);
        var form = await RefusedAsync(back);
        form.QuerySelector("#comment-form").Should().NotBeNull();
        Value(form, "Input.ArticleAnchor").Should().Be("");
        Value(form, "Input.Body").Should().Be(Body);
        Value(form, "Input.Name").Should().Be(Name);
        Value(form, "Input.Contact").Should().Be(DraftSteps.PrivateContact);
        form.QuerySelectorAll(".text-danger").Select(e => e.TextContent.Trim()).Should().OnlyContain(t => t.Length == 0);
        (await CommentCountAsync(draft.DraftId)).Should().Be(0);
    }

    [Fact]
    public async Task Each_refusal_shows_next_to_its_field_and_keeps_everything_typed()
    {
        var draft = await Steps.OpenDraftAsync();
        using var citizen = AnonymousClient();
        using (var empty = await PostAsync(citizen, CommentPage(draft.DraftId), "#comment-form", Fields(body: "", contact: "")))
        {
            var page = await RefusedAsync(empty);
            page.FieldError("Input.Body").Should().Be("请填写您的意见");
            page.FieldError("Input.Contact").Should().Be("请填写联系方式（手机、电话或电子邮箱），仅用于工作人员联系您，不会公开");
            page.QuerySelector("#Input_Body")!.GetAttribute("aria-invalid").Should().Be("true");
            Value(page, "Input.Name").Should().Be(Name);
            Value(page, "Input.ArticleAnchor").Should().Be("第三条");
        }
        using (var tooLong = await PostAsync(citizen, CommentPage(draft.DraftId), "#comment-form", Fields(body: new string('意', 2001), name: new string('名', 51))))
        {
            var page = await RefusedAsync(tooLong);
            page.FieldError("Input.Body").Should().Be("意见内容不能超过2000个字，请精简后再提交");
            page.FieldError("Input.Name").Should().Be("姓名不能超过50个字");
            Value(page, "Input.Body").Should().HaveLength(2001);
        }
        var domainRules = new (List<(string, string?)> Fields, string Field, Refusal Refusal)[]
        {
            (Fields(body: "太短"), "Input.Body", DraftMessages.BodyTooShort),
            (Fields(contact: "随便写写"), "Input.Contact", DraftMessages.ContactInvalid),
            (Fields(article: "第九十九条"), "Input.ArticleAnchor", DraftMessages.UnknownArticle),
        };
        foreach (var (fields, field, refusal) in domainRules)
        {
            using var refused = await PostAsync(citizen, CommentPage(draft.DraftId), "#comment-form", fields);
            var page = await RefusedAsync(refused);
            page.FieldError(field).Should().Be(refusal.Message);
            page.QuerySelector("#comment-preview").Should().BeNull();
            Value(page, "Input.Name").Should().Be(Name);
            Value(page, "Input.Contact").Should().Be(fields.Single(f => f.Item1 == "Input.Contact").Item2);
        }
        (await CommentCountAsync(draft.DraftId)).Should().Be(0);
    }

    [Fact]
    public async Task A_script_in_a_comment_is_shown_as_text_on_the_preview_and_stored_as_typed()
    {
        var draft = await Steps.OpenDraftAsync();
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>请删除第五条";
        using var citizen = AnonymousClient();
        using var response = await PostAsync(citizen, CommentPage(draft.DraftId), "#comment-form", Fields(body: script, name: "<b>名</b>"));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("<b>名</b>");
        var preview = await PortalClient.ParseAsync(response);
        Text(preview, "#preview-body").Should().Be(script);
        preview.QuerySelectorAll("#comment-preview script, #comment-preview img").Should().BeEmpty();
        Value(preview, "Input.Body").Should().Be(script);

        ShouldRedirect(await citizen.PostFormAsync(preview, "#confirm-form", []), "/Drafts/Receipt");
        (await DbAsync(db => db.DraftComments.Select(c => c.Body).SingleAsync())).Should().Be(script);
    }

    [Fact]
    public async Task A_comment_is_taken_one_second_before_the_closing_instant_and_refused_at_it_even_after_a_successful_preview()
    {
        var draft = await Steps.OpenDraftAsync();
        var closesAt = await ClosesAtAsync(draft.DraftId);
        App.Clock.Set(closesAt.AddSeconds(-1));
        using var citizen = AnonymousClient();
        var accepted = await PreviewAsync(citizen, draft.DraftId, Fields());
        ShouldRedirect(await citizen.PostFormAsync(accepted, "#confirm-form", []), "/Drafts/Receipt");

        var late = await PreviewAsync(citizen, draft.DraftId, Fields(body: "我在截止前一秒打开了确认页。"));
        var openForm = await citizen.GetDocumentAsync(CommentPage(draft.DraftId));
        App.Clock.Set(closesAt);
        using (var refused = await citizen.PostFormAsync(late, "#confirm-form", []))
        {
            var page = await RefusedAsync(refused);
            Text(page, "#comment-closed").Should().Be(DraftMessages.CommentClosed.Message);
            ((IHtmlTextAreaElement)page.QuerySelector("#kept-body")!).Value.Should().Be("我在截止前一秒打开了确认页。", "what was typed is shown back");
            page.QuerySelector("#comment-form").Should().BeNull();
        }
        (await CommentCountAsync(draft.DraftId)).Should().Be(1);

        var closed = await citizen.GetDocumentAsync(CommentPage(draft.DraftId, "第五条"));
        Text(closed, "#comment-closed").Should().Be(DraftMessages.CommentClosed.Message);
        closed.QuerySelector("#comment-form").Should().BeNull();
        using (var preview = await citizen.PostFormAsync(openForm, "#comment-form", Fields()))
        {
            Text(await RefusedAsync(preview), "#comment-closed").Should().Be(DraftMessages.CommentClosed.Message);
        }
        (await CommentCountAsync(draft.DraftId)).Should().Be(1);
    }

    [Fact]
    public async Task An_extended_draft_takes_comments_after_its_first_deadline_and_one_closed_early_takes_none()
    {
        var extended = await Steps.OpenDraftAsync();
        var firstClose = await ClosesAtAsync(extended.DraftId);
        await Steps.ActAsync(extended.DraftId, (d, now) => d.Extend(Steps.Today.AddDays(40), "延长征求意见时间。", DraftSteps.Staff, now));
        var closedEarly = await Steps.OpenDraftAsync();
        await Steps.CloseEarlyAsync(closedEarly.DraftId);

        App.Clock.Set(firstClose.AddHours(1));
        using var citizen = AnonymousClient();
        ShouldRedirect(await citizen.PostFormAsync(await PreviewAsync(citizen, extended.DraftId, Fields()), "#confirm-form", []), "/Drafts/Receipt");
        (await CommentCountAsync(extended.DraftId)).Should().Be(1);

        var form = await citizen.GetDocumentAsync(CommentPage(closedEarly.DraftId));
        Text(form, "#comment-closed").Should().Be(DraftMessages.CommentClosed.Message);
    }

    [Fact]
    public async Task A_filled_honeypot_answers_like_a_success_and_stores_nothing()
    {
        var draft = await Steps.OpenDraftAsync();
        using var robot = AnonymousClient();
        using (var preview = await PostAsync(robot, CommentPage(draft.DraftId), "#comment-form", [.. Fields(), ("Website", "http://spam.example")]))
        {
            ShouldRedirect(preview, "/Drafts/Receipt");
        }
        (await robot.GetDocumentAsync("/Drafts/Receipt")).QuerySelector("#receipt-code").Should().NotBeNull();
        var page = await PreviewAsync(robot, draft.DraftId, Fields());
        using (var send = await robot.PostFormAsync(page, "#confirm-form", [("Website", "http://spam.example")]))
        {
            ShouldRedirect(send, "/Drafts/Receipt");
        }
        (await CommentCountAsync(draft.DraftId)).Should().Be(0);
    }

    [Fact]
    public async Task Too_many_posts_from_one_address_get_429_with_a_Chinese_page_and_Retry_After_while_reading_stays_free()
    {
        var draft = await Steps.OpenDraftAsync();
        await using var limited = App.WithWebHostBuilder(b => b.UseSetting("Security:DraftCommentPostsPerHour", "2"));
        using var citizen = new PortalClient(limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var preview = await PreviewAsync(citizen, draft.DraftId, Fields());
        ShouldRedirect(await citizen.PostFormAsync(preview, "#confirm-form", []), "/Drafts/Receipt");

        var form = await citizen.GetDocumentAsync(CommentPage(draft.DraftId));
        using var refused = await citizen.PostFormAsync(form, "#comment-form", Fields());
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeGreaterThan(0);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("操作过于频繁，请稍后再试");
        (await CommentCountAsync(draft.DraftId)).Should().Be(1);
        (await citizen.GetAsync(DraftPage(draft.DraftId))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_prepared_draft_has_no_form_and_an_unknown_article_opens_the_form_on_the_whole_draft()
    {
        var prepared = await Steps.OpenDraftAsync(publish: false);
        var open = await Steps.OpenDraftAsync();
        using var anyone = AnonymousClient();
        (await anyone.GetAsync(CommentPage(prepared.DraftId))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var form = await anyone.GetDocumentAsync(CommentPage(open.DraftId, "第九十九条"));
        Value(form, "Input.ArticleAnchor").Should().Be("");
        form.QuerySelectorAll(".draft-article-text:not([hidden])").Select(t => t.GetAttribute("data-article")).Should().Equal("");
        using var posted = await anyone.PostFormAsync(form, "#comment-form", Fields());
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        // The same form posted to the prepared draft's address: nothing there.
        var action = $"/Drafts/{Id(prepared.DraftId)}/Comment?handler=Send";
        form.QuerySelector("#comment-form")!.SetAttribute("action", action);
        (await anyone.PostFormAsync(form, "#comment-form", Fields())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CommentCountAsync(prepared.DraftId)).Should().Be(0);
    }
}
