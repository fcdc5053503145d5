using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure.Word;
using CongressPortal.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>The adoption summary (意见采纳情况) as a valid Word document: figures, articles in text order with their notes, the overall summary, no contact.</summary>
public sealed class SummaryTests(PortalAppFactory app) : StaffDraftTest(app)
{
    [Fact]
    public async Task The_document_opens_without_repair_and_reads_article_by_article()
    {
        var draft = await Steps.OpenDraftAsync();
        var fifth = await OnlineAsync(draft.DraftId, "第五条", Script);
        var second = await OnlineAsync(draft.DraftId, "第二条", "建议明确第二条中主管部门的职责。");
        var whole = await OnlineAsync(draft.DraftId, null, "建议草案整体再精简。");
        var point = await Steps.ContactPointAsync();
        var collected = await Steps.PointCommentAsync(draft.DraftId, point, "第二条");
        foreach (var id in new[] { fifth, second, whole }) await Steps.CheckAsync(id, DraftCommentCheck.Valid);
        await Steps.DecideAsync(fifth, AdoptionDecision.Adopted, "已删除第五条第二款。");
        await Steps.DecideAsync(second, AdoptionDecision.PartlyAdopted, "第二条明确了主管部门。");
        await Steps.DecideAsync(whole, AdoptionDecision.NotAdopted, "结构已较精简。");
        await Steps.DecideAsync(collected, AdoptionDecision.NotAdopted, "已有规定。");
        await Steps.PublishOutcomeAsync(draft.DraftId, "共收到意见4条，采纳2条。", new Dictionary<string, string> { ["第五条"] = "根据意见删除了第五条第二款。" });

        using var staff = await StaffAsync();
        using var response = await staff.GetAsync($"/Staff/Drafts/{draft.DraftId}/Summary");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(OfficialDocument.ContentType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var text = string.Join("\n", paragraphs);
        paragraphs[0].Should().Be(DraftAdoptionSummary.Title(DraftSteps.DraftTitle));
        text.Should().Contain("共收到意见4条，其中网上提交3条，基层立法联系点收集1条（1个联系点）")
            .And.Contain("有效意见4条，其中采纳1条，部分采纳1条，未采纳2条")
            .And.Contain("采纳情况：根据意见删除了第五条第二款。")
            .And.Contain("1. 第二条明确了主管部门。", "without a published note the adopted comments' reasons are listed")
            .And.Contain("共收到意见4条，采纳2条。")
            .And.NotContain(DraftSteps.PrivateContact)
            .And.NotContain("<script>", "comments are counted, not quoted");
        text.IndexOf("草案整体", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("第二条　", StringComparison.Ordinal));
        text.IndexOf("第二条　", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("第五条　", StringComparison.Ordinal), "articles follow the text");
    }
}
