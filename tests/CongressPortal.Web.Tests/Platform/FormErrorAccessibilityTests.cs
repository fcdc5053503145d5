using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Form errors tied to their fields for every form (issue 16), through the tag helpers that complete the built-in ones:
/// a refused field says it is invalid and is described by its Chinese message, and the form's summary lists the
/// messages with links to the fields and is the element site.js focuses after the post.
/// </summary>
public sealed class FormErrorAccessibilityTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_login_form_ties_each_empty_field_to_its_message_and_shows_a_focusable_summary()
    {
        using var client = AnonymousClient();
        using var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = "", ["Input.Password"] = "" });
        var page = await RefusedAsync(response);

        ShouldBeDescribedBy(page, "Input_UserName", "请输入用户名");
        ShouldBeDescribedBy(page, "Input_Password", "请输入密码");
        ShouldHaveSummary(page, ("Input_UserName", "请输入用户名"), ("Input_Password", "请输入密码"));
    }

    [Fact]
    public async Task A_field_that_was_accepted_is_not_marked_invalid()
    {
        using var client = AnonymousClient();
        using var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = "clerk", ["Input.Password"] = "" });
        var page = await RefusedAsync(response);

        var userName = page.GetElementById("Input_UserName")!;
        userName.HasAttribute("aria-invalid").Should().BeFalse();
        userName.HasAttribute("aria-describedby").Should().BeFalse();
        ShouldBeDescribedBy(page, "Input_Password", "请输入密码");
    }

    [Fact]
    public async Task A_form_that_has_not_been_posted_shows_no_summary_and_no_invalid_field()
    {
        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Account/Login");

        page.QuerySelectorAll("[aria-invalid]").Should().BeEmpty();
        page.QuerySelector("[data-error-summary]").Should().BeNull();
    }

    [Fact]
    public async Task A_staff_form_keeps_the_fields_hint_and_adds_its_message_to_the_description()
    {
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var response = await staff.SubmitFormAsync("/Reference/Committees/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "", ["Input.ShortName"] = "法工委", ["Input.Kind"] = "", ["Input.SortOrder"] = "",
        });
        var page = await RefusedAsync(response);

        ShouldBeDescribedBy(page, "Input_Name", "请填写名称");
        page.GetElementById("Input_Name")!.GetAttribute("aria-describedby")!.Split(' ').Should().StartWith("name-help", "the hint stays first");
        ShouldBeDescribedBy(page, "Input_Kind", "请选择类别");
        ShouldBeDescribedBy(page, "Input_SortOrder", "请填写排序号");
        page.GetElementById("Input_ShortName")!.HasAttribute("aria-invalid").Should().BeFalse();
        ShouldHaveSummary(page, ("Input_Name", "请填写名称"), ("Input_Kind", "请选择类别"), ("Input_SortOrder", "请填写排序号"));
    }

    [Fact]
    public async Task The_public_comment_form_ties_fields_to_messages_that_carry_ids_of_their_own()
    {
        var draft = await new DraftSteps(App).OpenDraftAsync();
        using var citizen = AnonymousClient();
        using var response = await citizen.SubmitFormAsync($"/Drafts/{draft.DraftId}/Comment", new Dictionary<string, string?>
        {
            ["Input.Body"] = "", ["Input.Contact"] = "",
        }, "#comment-form");
        var page = await RefusedAsync(response);

        ShouldBeDescribedBy(page, "Input_Body", "请填写您的意见");
        ShouldBeDescribedBy(page, "Input_Contact", "请填写联系方式（手机、电话或电子邮箱），仅用于工作人员联系您，不会公开");
        page.GetElementById("Input_Body")!.GetAttribute("aria-describedby").Should().Be("body-hint body-counter body-error", "the form's own message id is used once");
        ShouldHaveSummary(page, ("Input_Body", "请填写您的意见"));
    }

    private static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form should come back with messages");
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>The field is marked invalid and one of the elements its aria-describedby names reads <paramref name="message"/>.</summary>
    private static void ShouldBeDescribedBy(IHtmlDocument page, string fieldId, string message)
    {
        var field = page.GetElementById(fieldId);
        field.Should().NotBeNull($"the page should have #{fieldId}");
        field!.GetAttribute("aria-invalid").Should().Be("true", $"#{fieldId} was refused");
        var ids = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var described = ids.Select(id => page.GetElementById(id)).ToList();
        described.Should().NotContainNulls($"every id #{fieldId} names ({string.Join(' ', ids)}) should be on the page");
        described.Should().ContainSingle(e => e!.TextContent.Trim() == message, $"#{fieldId} should be described by its message");
        page.QuerySelectorAll($"[id='{described.Single(e => e!.TextContent.Trim() == message)!.Id}']").Should().HaveCount(1, "ids are unique");
    }

    /// <summary>The summary: focusable by script, announced, its title first, each field's message a link to the field.</summary>
    private static void ShouldHaveSummary(IHtmlDocument page, params (string FieldId, string Message)[] links)
    {
        var summaries = page.QuerySelectorAll("[data-error-summary]");
        summaries.Should().ContainSingle("one summary takes the focus");
        var summary = summaries[0];
        summary.GetAttribute("tabindex").Should().Be("-1");
        summary.GetAttribute("role").Should().Be("alert");
        summary.QuerySelector(".error-summary-title")!.TextContent.Should().Be(ErrorSummaryTagHelper.Title);
        summary.Closest("form").Should().NotBeNull("the summary sits at the top of the form");
        foreach (var (fieldId, message) in links)
        {
            summary.QuerySelectorAll("a").Should().Contain(a => a.GetAttribute("href") == "#" + fieldId && a.TextContent == message);
        }
    }
}
