using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

/// <summary>
/// Invented 示例市 report texts for the web tests: numbered and unnumbered headings, lead sentences, a line broken
/// mid-sentence, a newspaper feature pasted into the middle, half-width punctuation, and HTML typed into the text.
/// </summary>
public static class ReportSamples
{
    public const string Pasted = """
        示例市人民代表大会常务委员会工作报告
        ——2027年1月18日在示例市第十届人民代表大会第二次会议上
        示例市人大常委会主任 陈立
        各位代表:
        现在,我代表市人大常委会报告工作,请予审议。
        2026年主要工作
        一、坚持依法立法，提高立法质量
        常委会全年审议法规草案7件，制定地方性法规3件，修改2件，
        废止1件。
        （一）完善立法工作机制
        健全立法联系点制度。新设基层立法联系点4个，收集意见建议380条。
        二、依法开展监督，推动决策落实
        听取审议专项工作报告12项，开展执法检查2项。
        城北新区的夜市灯火通明

        ●本报记者 刘冬

        傍晚六点，城北新区的夜市陆续开张，摊主老周说今年生意比去年好了不少。
        三、密切代表联系，发挥代表作用
        办好代表建议。大会期间代表提出建议289件，全部办结。
        服务保障代表履职
        完善代表联络站运行机制，开展集中接待活动96次。
        2027年主要任务
        一是加强重点领域立法；二是增强监督实效；三是深化代表工作。
        各位代表，让我们团结奋斗，为示例市高质量发展贡献人大力量！
        """;

    /// <summary>A short clean report (no foreign content), ready to publish as it is detected.</summary>
    public static string Clean(int year, string extra = "") => $"""
        示例市人民代表大会常务委员会工作报告
        ——{year}年1月15日在示例市第十届人民代表大会第一次会议上
        各位代表：
        {year - 1}年主要工作
        一、扎实推进地方立法
        加强重点领域立法。制定示例市湿地保护条例，修改示例市物业管理条例。{extra}
        二、持续加强监督工作
        推动重点工作落实。听取审议专项工作报告10项，开展执法检查3项。
        {year}年主要任务
        一是提高立法质量；二是增强监督刚性。
        """;

    /// <summary>Who enters reports straight through the domain in tests.</summary>
    public static Domain.Common.Actor Staff { get; } = Domain.Common.Actor.Staff("工作人员");

    /// <summary>Creates a report (and optionally imports text) straight through the domain, as the pages would.</summary>
    public static async Task<int> CreateAsync(AppDbContext db, int year, string? text, bool publish, DateTimeOffset now, params KeyFigureDetails[] figures)
    {
        var report = WorkReport.Create(new WorkReportDetails(year, null, "示例市人民代表大会常务委员会工作报告", new DateOnly(year, 1, 15), "陈立", "市人大常委会主任"), Staff, now);
        if (text is not null) report.Import(OutlineDetector.Detect(text), Staff, now);
        foreach (var figure in figures) report.AddFigure(figure, Staff, now);
        if (publish) report.Publish(null, Staff, null, now);
        db.WorkReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    /// <summary>A .docx built in memory: each paragraph with an optional bold run at its start.</summary>
    public static byte[] Docx(params (string Bold, string Plain)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (bold, plain) in paragraphs)
            {
                var paragraph = new Paragraph();
                if (bold.Length > 0)
                    paragraph.Append(new Run(new RunProperties(new Bold()), new Text(bold) { Space = SpaceProcessingModeValues.Preserve }));
                if (plain.Length > 0)
                    paragraph.Append(new Run(new Text(plain) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
