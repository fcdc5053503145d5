using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// Three published work reports of the demo city 示例市 (2024–2026), written for the demo, with their key figures, so
/// /Reports, the comparison and search have something to show. The texts go through the real outline detector.
/// </summary>
public sealed class DemoReportSeeder(AppDbContext db)
{
    /// <summary>The demo's reports were entered and published by the committee's staff.</summary>
    private static readonly Actor Seeder = Actor.Staff("办公厅工作人员");

    private sealed record Year(
        int Number, int SessionNumber, DateOnly Delivered, int Made, int Amended, int Repealed, int Reports, int Inspections,
        int Inquiries, int Suggestions, int Units, decimal Solved, int Appointments, string Focus, string Task);

    private static readonly Year[] Years =
    [
        new(2024, 3, new DateOnly(2024, 1, 7), 2, 4, 1, 14, 3, 1, 298, 61, 88.6m, 47, "老旧小区改造和城市更新", "完善生态环境保护法规体系"),
        new(2025, 4, new DateOnly(2025, 1, 6), 3, 5, 2, 16, 4, 1, 321, 66, 90.2m, 52, "基层医疗服务能力提升", "推动养老服务体系建设"),
        new(2026, 5, new DateOnly(2026, 1, 11), 4, 6, 1, 18, 4, 2, 336, 70, 92.4m, 58, "农村饮水安全和乡村振兴", "做好换届选举各项准备"),
    ];

    public async Task SeedAsync(int termId, CancellationToken ct)
    {
        if (await db.WorkReports.AnyAsync(ct)) return;
        var sessions = await db.Sessions.Where(s => s.TermId == termId).ToDictionaryAsync(s => s.Number, s => s.Id, ct);
        foreach (var year in Years)
        {
            var at = new DateTimeOffset(year.Delivered.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
            var report = WorkReport.Create(new WorkReportDetails(year.Number, sessions.GetValueOrDefault(year.SessionNumber), "示例市人民代表大会常务委员会工作报告",
                year.Delivered, "周明远", "市人大常委会主任"), Seeder, at);
            report.Import(OutlineDetector.Detect(Text(year)), Seeder, at);
            var source = $"{year.Number}年工作报告正文";
            KeyFigureDetails[] figures =
            [
                new("制定地方性法规", year.Made, "件", source, "s1"),
                new("修改地方性法规", year.Amended, "件", source, "s1"),
                new("废止地方性法规", year.Repealed, "件", source, "s1"),
                new("听取审议专项工作报告", year.Reports, "项", source, "s2"),
                new("开展执法检查", year.Inspections, "项", source, "s2"),
                new("开展专题询问", year.Inquiries, "次", source, "s2"),
                new("代表建议", year.Suggestions, "件", source, "s3"),
                new("问题已解决或正在解决的比例", year.Solved, "%", source, "s3"),
                new("任免国家机关工作人员", year.Appointments, "人次", source, "s4"),
            ];
            foreach (var figure in figures) report.AddFigure(figure, Seeder, at);
            report.Publish(null, Seeder, null, at.AddDays(3));
            db.WorkReports.Add(report);
        }
        await db.SaveChangesAsync(ct);
    }

    private static string Text(Year y)
    {
        var previous = y.Number - 1;
        var n = CultureInfo.InvariantCulture;
        return string.Create(n, $"""
            示例市人民代表大会常务委员会工作报告
            ——{y.Delivered.Year}年{y.Delivered.Month}月{y.Delivered.Day}日在示例市第十六届人民代表大会第{ChineseNumerals.Format(y.SessionNumber)}次会议上
            示例市人大常委会主任 周明远
            各位代表：
            我受市人大常委会委托，向大会报告工作，请予审议。
            {previous}年主要工作
            过去一年，市人大常委会坚持依法履职，紧扣全市中心工作，全年召开常委会会议6次、主任会议18次，较好完成了年度工作任务。
            一、坚持立法引领，推进良法善治
            常委会坚持科学立法、民主立法、依法立法，全年制定地方性法规{y.Made}件，修改{y.Amended}件，废止{y.Repealed}件。
            （一）加强重点领域立法
            回应群众关切。围绕{y.Focus}开展立法调研，法规草案在门户网站公开征求意见，收到意见建议两百余条，逐条研究吸收。
            （二）健全立法工作机制
            发挥基层立法联系点作用。各联系点全年就法规草案组织座谈，把群众的意见原汁原味带到立法中来。
            二、增强监督实效，助力高质量发展
            常委会全年听取审议专项工作报告{y.Reports}项，开展执法检查{y.Inspections}项、专题询问{y.Inquiries}次，审议意见的落实情况全部跟踪督办。
            （一）聚焦民生开展监督
            推动民生实事落地。围绕{y.Focus}，组织常委会组成人员和代表深入一线视察，督促有关部门限期整改。
            （二）加强预算审查监督
            管好用好财政资金。审查批准决算和预算调整方案，听取审计查出问题整改情况报告，推动资金使用更加规范。
            三、密切代表联系，支持代表依法履职
            提升代表建议办理质量。市第十六届人大第{ChineseNumerals.Format(y.SessionNumber - 1)}次会议以来，代表提出的{y.Suggestions}件建议交{y.Units}家单位办理，全部按期答复，问题已解决或正在解决的占{y.Solved.ToString("0.#", n)}%。
            服务代表履职。依托各级代表联络站组织代表接待群众，开展代表集中视察和专题调研，代表履职的积极性不断提高。
            四、依法行使任免权，加强自身建设
            常委会坚持党管干部原则与人大依法任免相统一，全年任免国家机关工作人员{y.Appointments}人次，组织宪法宣誓。
            各位代表！
            一年来的成绩，得益于全体代表和全市人民的支持。常委会也清醒地看到，立法的针对性和监督的刚性还需加强，我们将认真加以改进。
            {y.Number}年主要任务
            今年常委会将重点做好以下工作：一是提高立法质量，{y.Task}；二是增强监督刚性，持续跟踪审议意见落实；三是深化代表工作，提升建议办理实效；四是加强自身建设，锻造过硬队伍。
            各位代表，让我们在市委的坚强领导下，依法履职、担当作为，为建设更加美好的示例市作出新的贡献！
            """);
    }
}
