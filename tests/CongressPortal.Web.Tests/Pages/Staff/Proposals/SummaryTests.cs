using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

public sealed class SummaryTests(PortalAppFactory app) : PaperworkTest(app)
{
    private const string Summary = "/Staff/Proposals/Summary";

    [Fact]
    public async Task The_summary_is_a_valid_a4_word_document_with_the_sessions_figures_and_every_proposal()
    {
        var (session, proposals) = await SeedDemoAsync();
        var names = await DeputyNamesAsync();
        using var staff = await StaffAsync();

        using var response = await staff.GetAsync($"{Summary}?session={session}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("第十六届人民代表大会第五次会议议案处理情况.docx");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        // Opens without repair: no schema errors.
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        var size = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        ((uint)size.Width!, (uint)size.Height!).Should().Be((11906U, 16838U), "A4");
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        defaults.EastAsia!.Value.Should().Be("仿宋");
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var title = body.Elements<Paragraph>().First();
        title.InnerText.Should().Be("第十六届人民代表大会第五次会议议案处理情况");
        title.Descendants<RunFonts>().Single().EastAsia!.Value.Should().Be("宋体");
        paragraphs[1].Should().Be("（截至2026年11月23日）");

        // The opening paragraph: figures counted from the records.
        int Count(ProposalDecision decision) => proposals.Count(p => ProposalWorkflow.DecisionOf(p.Status, p.ReferredCommitteeId) == decision);
        var referred = proposals.Where(p => p.ReferredCommitteeId != null).ToList();
        var reported = referred.Count(p => p.ReportedOn != null);
        var overdue = referred.Count(p => p.IsReportOverdue(Today));
        (Count(ProposalDecision.OnAgenda), Count(ProposalDecision.ReferredToCommittee), Count(ProposalDecision.NotOnAgenda),
            Count(ProposalDecision.ConvertedToSuggestion), Count(ProposalDecision.Withdrawn), reported, overdue).Should().Be((2, 3, 2, 2, 1, 2, 1));
        paragraphs[2].Should().Be(
            $"第十六届人民代表大会第五次会议期间，大会秘书处共登记议案{proposals.Count}件。经大会主席团决定：列入会议议程2件，交专门委员会审议3件，"
            + "不列入会议议程2件，作为建议处理2件；提出者撤回1件。交专门委员会审议的议案中，已收到审议结果报告2件，尚待报告1件，其中已超过报告期限1件。");

        // One heading per decision, then each proposal with its number, subject, proposers and outcome.
        paragraphs.Should().ContainInOrder("一、列入会议议程的议案（2件）", "二、交专门委员会审议的议案（3件）", "三、不列入会议议程的议案（2件）",
            "四、作为建议处理的议案（2件）", "五、提出者撤回的议案（1件）");
        foreach (var proposal in proposals)
            paragraphs.Should().Contain(p => p.Contains(proposal.Number!, StringComparison.Ordinal) && p.EndsWith(proposal.Subject, StringComparison.Ordinal));
        var firstAid = proposals.Single(p => p.Subject == "关于制定《示例市院前医疗急救服务条例》的议案");
        paragraphs.Should().Contain($"提出者：李建国等{firstAid.SignedCount}名代表联名（领衔代表：李建国；联名代表：{string.Join("、", firstAid.CoSigners.Select(s => names[s.DeputyId]))}）。");
        paragraphs.Should().Contain(p => p.StartsWith("主席团决定：2026年1月13日，交教育科学文化卫生委员会审议，于2026年6月30日前报告审议结果。", StringComparison.Ordinal)
            && p.Contains("教育科学文化卫生委员会已于2026年6月18日报告审议结果。", StringComparison.Ordinal));
        paragraphs.Should().Contain(p => p.Contains("委员会尚未报告审议结果，已超过报告期限。", StringComparison.Ordinal));
        paragraphs.Count(p => p.Contains("已作为代表建议登记，编号", StringComparison.Ordinal)).Should().Be(2);
        paragraphs.Should().Contain("提出者：市人民政府。");
        ChinaTime.FormatDate(Today).Should().Be("2026年11月23日");
    }

    [Fact]
    public async Task An_unknown_session_is_not_found()
    {
        using var staff = await StaffAsync();

        using var response = await staff.GetAsync($"{Summary}?session=999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
