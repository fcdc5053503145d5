using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>
/// No public page of open drafts — the list, each draft in each phase, the comment form, the receipt, a lookup — contains a
/// commenter's contact (whole or masked), name or comment, anywhere in its source. The writer's own preview is the one page
/// that shows them back, to its writer.
/// </summary>
public sealed class IndexPrivacyTests(PortalAppFactory app) : DraftPageTest(app)
{
    private const string SecretName = "上官秘密";
    private const string OtherName = "欧阳保密";
    private const string SecretBody = "我的私密意见内容请勿公开";

    private static IEnumerable<string> Forbidden() =>
    [
        DraftSteps.PrivateContact, Mask.Value(DraftSteps.PrivateContact)!, DraftSteps.PrivateEmail, Mask.Value(DraftSteps.PrivateEmail)!,
        "citizen.private", SecretName, OtherName, SecretBody,
    ];

    [Fact]
    public async Task No_public_draft_page_contains_a_commenters_contact_name_or_comment()
    {
        var open = await Steps.OpenDraftAsync(title: "示例市开放中条例（草案）");
        var closed = await Steps.OpenDraftAsync(title: "示例市已截止条例（草案）");
        var published = await Steps.OpenDraftAsync(title: "示例市已公布条例（草案）");
        var codes = new List<string>();
        foreach (var draft in new[] { open, closed, published })
        {
            codes.Add(await Steps.CommentAsync(draft.DraftId, "第五条", SecretBody + "一", DraftSteps.PrivateContact, SecretName));
            codes.Add(await Steps.CommentAsync(draft.DraftId, null, SecretBody + "二", DraftSteps.PrivateEmail, OtherName));
        }
        await Steps.CloseEarlyAsync(closed.DraftId);
        foreach (var code in codes.Skip(4))
        {
            var id = await Steps.CommentIdAsync(code);
            await Steps.CheckAsync(id, DraftCommentCheck.Valid);
            await Steps.DecideAsync(id, AdoptionDecision.PartlyAdopted, "理由中不含个人信息。");
        }
        await Steps.PublishOutcomeAsync(published.DraftId, notes: new Dictionary<string, string> { ["第五条"] = "采纳了关于第五条的意见。" });

        using var reader = AnonymousClient();
        var pages = new Dictionary<string, string>();
        foreach (var url in new[]
        {
            "/Drafts", DraftPage(open.DraftId), DraftPage(closed.DraftId), DraftPage(published.DraftId),
            CommentPage(open.DraftId), CommentPage(open.DraftId, "第五条"), CommentPage(closed.DraftId), CommentPage(published.DraftId),
            "/Drafts/Receipt", "/Drafts/Lookup",
        })
        {
            // Twice: as rendered and as served from the output cache.
            pages[url] = await reader.Http.GetStringAsync(url);
            pages[url + " (again)"] = await reader.Http.GetStringAsync(url);
        }
        foreach (var code in codes)
        {
            using var lookup = await PostAsync(reader, "/Drafts/Lookup", "#lookup-form", [("Code", code)]);
            var html = await lookup.Content.ReadAsStringAsync();
            html.Should().Contain("lookup-result");
            pages["lookup " + code] = html;
        }
        // A citizen's own comment sent through the pages: the receipt they land on shows the code, nothing of theirs.
        using (var citizen = AnonymousClient())
        {
            using var preview = await PostAsync(citizen, CommentPage(open.DraftId), "#comment-form",
                [("Input.Body", SecretBody + "三"), ("Input.Name", SecretName), ("Input.Contact", DraftSteps.PrivateEmail)]);
            var previewPage = await PortalClient.ParseAsync(preview);
            Text(previewPage, "#preview-name").Should().Be(SecretName, "the writer's own preview shows their comment back");
            ShouldRedirect(await citizen.PostFormAsync(previewPage, "#confirm-form", []), "/Drafts/Receipt");
            pages["receipt after sending"] = await citizen.Http.GetStringAsync("/Drafts/Receipt");
            pages["receipt after sending"].Should().Contain("receipt-code");
        }

        foreach (var (url, html) in pages)
        {
            foreach (var secret in Forbidden())
            {
                html.Should().NotContain(secret, $"{url} is public and must not show \"{secret}\"");
            }
        }
    }
}
