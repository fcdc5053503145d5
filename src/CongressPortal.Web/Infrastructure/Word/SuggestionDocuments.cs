using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongressPortal.Web.Infrastructure.Word;

/// <summary>
/// The suggestion office's paperwork as Word documents laid out by <see cref="OfficialDocument"/>, written from the records
/// (<see cref="SuggestionPaperwork"/>): the 交办通知 to a unit with its list, the reply-letter template a unit fills in, the
/// deputy's 征询意见表, and the 办理情况报告 for the standing committee. Deadlines and classifications come from the
/// settings, figures from the statistics; user text goes into Word text runs, never markup.
/// </summary>
public static class SuggestionDocuments
{
    /// <summary>A box to tick.</summary>
    public const string Box = "□";

    /// <summary>A blank to write on.</summary>
    public const string Blank = "＿＿＿＿＿＿";

    // ---------------------------------------------------------------- 交办通知

    public static string NoticeTitle(string batch) => $"关于交办{batch}代表建议的通知";

    public static IReadOnlyList<string> NoticeHeaders { get; } = ["序号", "建议编号", "建议标题", "领衔代表", "办理方式", "其他承办单位", "办理期限"];

    public static string RoleText(AssignmentRole role) => role switch
    {
        AssignmentRole.Split => "分别办理",
        AssignmentRole.Lead => "会同办理（主办）",
        _ => "会同办理（协办）",
    };

    public static byte[] Notice(SuggestionPaperwork.Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var settings = notice.Rules.Settings;
        var on = notice.AssignedOn;
        var items = notice.Items;
        var co = items.Count(i => i.Role == AssignmentRole.CoHandling);
        var lead = items.Count(i => i.Role == AssignmentRole.Lead);
        var split = items.Count - co - lead;
        var document = new OfficialDocument(NoticeTitle(notice.Batch));
        document.Blank().Line($"{notice.Unit}：");
        var kinds = new List<string>();
        if (lead > 0) kinds.Add($"主办{lead}件");
        if (co > 0) kinds.Add($"协办{co}件");
        if (split > 0) kinds.Add($"分别办理{split}件");
        document.Paragraph($"{ChinaTime.FormatDate(on)}，{notice.Batch}代表建议交办。现将代表提出的建议{items.Count}件交由你单位办理（{string.Join("，", kinds)}），清单附后。"
            + "请按照《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第五十一条和本市代表建议办理工作的有关规定，认真研究办理，按期答复代表。现将有关事项通知如下：");

        document.Heading("一、办理期限");
        var reply = notice.Rules.ReplyDue(on, extended: false);
        var extended = notice.Rules.ReplyDue(on, extended: true);
        document.Paragraph($"承办（主办）单位应当自交办之日起{Months(settings.ReplyMonths)}内，即{ChinaTime.FormatDate(reply)}前答复代表；"
            + $"涉及面广、处理难度大的，可以在期限届满前申请延期，经同意后最迟于交办之日起{Months(settings.ExtendedReplyMonths)}内，即{ChinaTime.FormatDate(extended)}前答复。");
        if (co > 0)
        {
            document.Paragraph($"协办单位应当自交办之日起{Months(settings.CoOpinionMonths)}内，即{ChinaTime.FormatDate(notice.Rules.CoOpinionDue(on))}前将协办意见送主办单位，"
                + "主办单位在答复中写明协办单位的意见。");
        }
        document.Paragraph($"认为建议不属于本单位职责范围的，应当自交办之日起{WorkingDays(settings.ReturnWithinWorkingDays)}内，"
            + $"即{ChinaTime.FormatDate(notice.Rules.ReturnDeadline(on))}前在平台申请退回并说明理由，逾期不再受理退回申请。");
        document.Paragraph($"代表对答复不满意的，承办单位应当自代表评价之日起{Months(settings.RehandleMonths)}内重新办理并再次答复。");

        document.Heading("二、办理要求");
        document.Paragraph("办理前、办理中和答复后，应当主动与领衔代表联系沟通（三见面），在平台逐次登记联系的时间、方式和情况。");
        document.Paragraph("答复应当由单位负责人签发，在平台上传加盖公章的答复函，并注明办理结果分类：" + Classifications(notice.Rules.Classifications) + "。"
            + "B类、C类答复应当写明承诺事项和计划完成时间，并在平台持续报送进展，直至完成。答复是否同意公开，请如实选择；涉及国家秘密、商业秘密或者个人隐私的，不予公开。");

        document.Heading("三、联系方式");
        document.Paragraph(Contact(notice.Office));
        document.Blank();
        document.Line($"附件：{notice.Batch}代表建议交办清单（{notice.Unit}，{items.Count}件）");
        document.Blank();
        document.Line(notice.Office.Issuer, JustificationValues.Right);
        document.Line(ChinaTime.FormatDate(on), JustificationValues.Right);
        document.Blank();
        document.Line($"{notice.Batch}代表建议交办清单（{notice.Unit}）", JustificationValues.Center, bold: true);
        document.Table(NoticeHeaders, items.Select((item, index) => (IReadOnlyList<string>)
        [
            Number(index + 1), item.Number, item.Title, item.LeadDeputy, RoleText(item.Role),
            item.OtherUnits.Length == 0 ? "—" : item.OtherUnits, ChinaTime.FormatDate(item.DueOn),
        ]), [3, 8, 14, 5, 6, 9, 7]);
        return document.ToBytes();
    }

    public static string NoticeFileName(string unit, DateOnly on) => FileSafe($"交办通知-{unit}-{on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.docx");

    // ---------------------------------------------------------------- reply-letter template

    public static string ReplyTitle(string number) => $"关于{number}建议的答复";

    /// <summary>The labels of the header block, in order (the tests read the block by them).</summary>
    public static IReadOnlyList<string> ReplyHeaderLabels { get; } = ["建议编号", "领衔代表", "建议标题", "承办单位", "办理结果", "是否同意公开", "签发人", "联系人及电话", "抄送"];

    public static byte[] ReplyTemplate(SuggestionPaperwork.ReplyTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var document = new OfficialDocument(ReplyTitle(template.Number));
        var unit = $"{template.Unit}（{RoleText(template.Role)}{(template.OtherUnits.Length > 0 ? $"；其他单位：{template.OtherUnits}" : "")}）";
        var results = string.Join("\n", template.Classifications.Select(c => $"{Box}{c.Code}类　{c.Label}"));
        var contact = $"{template.ContactPerson ?? Blank}　电话：{template.ContactPhone ?? Blank}";
        var lead = template.CoSigners.Count == 0 ? template.LeadDeputy : $"{template.LeadDeputy}（联名代表：{string.Join("、", template.CoSigners)}）";
        string[] values = [template.Number, lead, template.Title, unit, results, $"{Box}同意公开　{Box}不同意公开（理由：{Blank}）", Blank, contact, template.Office.CopyTo];
        document.Table(["项目", "内容"], ReplyHeaderLabels.Select((label, i) => (IReadOnlyList<string>)[label, values[i]]), [3, 10]);
        document.Line($"{template.LeadDeputy}代表：");
        document.Paragraph($"您提出的《{template.Title}》（{template.Number}）收悉。我单位高度重视，认真研究办理，现答复如下：");
        document.Paragraph("（请在此填写答复正文：建议涉及问题的现状、采取的措施和办理结果、下一步打算。B类、C类答复请逐项写明承诺事项和计划完成时间。"
            + (template.Role == AssignmentRole.Lead ? "会同办理的，请写明协办单位的意见。" : "") + "）");
        document.Paragraph($"答复期限：{ChinaTime.FormatDate(template.DueOn)}前（交办日期{ChinaTime.FormatDate(template.AssignedOn)}）。答复后请在平台提交答复，上传盖章的答复函。");
        document.Paragraph("感谢您对我单位工作的关心和支持，欢迎继续提出意见和建议。");
        document.Blank();
        document.Line(template.Unit, JustificationValues.Right);
        document.Line("年　　月　　日", JustificationValues.Right);
        document.Blank();
        document.Line($"联系人：{template.ContactPerson ?? Blank}　　联系电话：{template.ContactPhone ?? Blank}");
        document.Line($"抄送：{template.Office.CopyTo}。");
        return document.ToBytes();
    }

    public static string ReplyFileName(string number) => FileSafe($"答复函模板-{number}.docx");

    // ---------------------------------------------------------------- 征询意见表

    public const string OpinionTitle = "代表建议办理情况征询意见表";

    public static IReadOnlyList<string> ContactQuestions { get; } = ["办理前是否与您联系沟通", "办理中是否与您联系沟通", "答复后是否与您联系沟通"];

    public static byte[] OpinionForm(SuggestionPaperwork.OpinionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var document = new OfficialDocument(OpinionTitle);
        var units = string.Join("\n", form.Units.Select(u => $"{u.Unit}（{SuggestionLabels.For(u.Role)}）"));
        var deputies = form.CoSigners.Count == 0 ? form.LeadDeputy : $"{form.LeadDeputy}（联名代表：{string.Join("、", form.CoSigners)}）";
        document.Table(["项目", "内容"], new IReadOnlyList<string>[]
        {
            ["建议编号", form.Number], ["建议标题", form.Title], ["领衔代表", deputies], ["承办单位", units.Length == 0 ? "尚未交办" : units],
        }, [3, 10]);

        var answering = form.Units.Where(u => u.Answers).ToList();
        document.Heading("一、答复情况");
        document.Table(["承办单位", "答复日期", "办理结果", "答复摘要"], answering.Select(u => (IReadOnlyList<string>)
        [
            u.Unit, u.RepliedOn is { } on ? ChinaTime.FormatDate(on) : "尚未答复", u.Classification ?? "—", u.ReplySummary ?? "—",
        ]), [4, 4, 5, 7]);

        document.Heading("二、联系沟通情况（三见面）");
        var choices = $"{Box}是　{Box}否";
        document.Table(["承办单位", .. ContactQuestions], answering.Select(u => (IReadOnlyList<string>)
        [
            u.Unit, $"{choices}\n（单位登记：{Met(u.MetBefore)}）", $"{choices}\n（单位登记：{Met(u.MetDuring)}）", $"{choices}\n（单位登记：{Met(u.MetAfter)}）",
        ]), [4, 4, 4, 4]);

        document.Heading("三、对办理结果的评价");
        var ratings = string.Join("　", Enum.GetValues<Satisfaction>().Select(s => Box + SuggestionLabels.For(s)));
        document.Table(["承办单位", "评价（请在一项前打“√”）"], answering.Select(u => (IReadOnlyList<string>)[u.Unit, ratings]), [4, 9]);
        document.Paragraph($"评价为“{SuggestionLabels.For(Satisfaction.Unsatisfied)}”的，请写明理由，承办单位将重新办理，"
            + $"自评价之日起{Months(form.Rules.Settings.RehandleMonths)}内再次答复。");

        document.Heading("四、意见和建议");
        document.Line(Blank + Blank + Blank + Blank);
        document.Line(Blank + Blank + Blank + Blank);
        document.Line(Blank + Blank + Blank + Blank);
        document.Blank();
        document.Line($"代表签名：{Blank}　　　　日期：　　年　　月　　日", JustificationValues.Right);
        document.Blank();
        document.Paragraph($"请于收到答复之日起{WorkingDays(form.Rules.Settings.RatingWithinWorkingDays)}内填写，送{form.Office.Office}，"
            + "也可以登录平台在“我的建议”中在线评价。" + Contact(form.Office));
        return document.ToBytes();
    }

    public static string OpinionFileName(string number) => FileSafe($"征询意见表-{number}.docx");

    // ---------------------------------------------------------------- 办理情况报告

    public static string ReportTitle(string session) => $"关于{session}代表建议办理情况的报告";

    public static byte[] HandlingReport(SuggestionPaperwork.HandlingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Total;
        var document = new OfficialDocument(ReportTitle(report.Session)).Subtitle($"（初稿，数据截至{ChinaTime.FormatDate(report.Today)}）");
        document.Line("主任、各位副主任、秘书长、各位委员：");
        document.Paragraph($"现将{report.Session}期间代表提出的建议、批评和意见（以下简称代表建议）的办理情况报告如下，请审议。");

        document.Heading("一、基本情况");
        document.Paragraph(Opening(t, report.Units.Count));
        document.Paragraph(Results(t, report.Classifications));
        document.Paragraph(Ratings(t));

        document.Heading("二、各承办单位办理情况");
        List<string> unitHeaders = ["承办单位", "交办", "已答复", "按期答复率", .. report.Classifications.Select(c => $"{c.Code}类"), "满意率", "未完成承诺"];
        document.WideTable(unitHeaders, report.Units.Select(u => (IReadOnlyList<string>)
        [
            u.Label, Number(u.Received), Number(u.Replied), Percent(u.OnTimeRate),
            .. report.Classifications.Select(c => Number(u.ByClassification.GetValueOrDefault(c.Code))), Percent(u.SatisfactionRate), Number(u.CommitmentsOpen),
        ]), [7, 2, 3, 4, .. report.Classifications.Select(_ => 2), 3, 4]);
        document.Paragraph("会同办理的建议计入主办单位，分别办理的计入每个承办单位，协办单位不单独计数。");

        document.Heading("三、各类别建议办理情况");
        document.Table(["类别", "收到", "已交办", "已答复", "解决或正在解决率", "满意率"], report.Categories.Select(c => (IReadOnlyList<string>)
        [
            c.Label, Number(c.Received), Number(c.Assigned), Number(c.Replied), Percent(c.SolvedRate), Percent(c.SatisfactionRate),
        ]), [6, 3, 3, 3, 4, 3]);

        document.Heading("四、重点督办建议");
        if (report.KeySuggestions.Count == 0) document.Paragraph("本次会议没有确定重点督办建议。");
        else
        {
            document.Paragraph($"主任会议确定重点督办建议{report.KeySuggestions.Count}件，由常委会领导领衔督办，办理情况如下：");
            document.Table(["建议编号", "建议标题", "领衔代表", "领衔督办", "承办单位", "办理状态"], report.KeySuggestions.Select(k => (IReadOnlyList<string>)
            [
                k.Number, k.Title, k.LeadDeputy, k.Leader ?? "—", k.Units.Length == 0 ? "—" : k.Units, SuggestionLabels.For(k.Status),
            ]), [6, 10, 4, 4, 6, 3]);
        }

        document.Heading("五、尚未完成的承诺事项");
        var open = report.CommitmentCounts.InProgress + report.CommitmentCounts.Overdue;
        if (report.CommitmentCounts.Total == 0) document.Paragraph("承办单位在答复中没有作出承诺事项。");
        else if (open == 0) document.Paragraph($"承办单位在答复中作出承诺事项{report.CommitmentCounts.Total}项，均已完成。");
        else
        {
            document.Paragraph($"承办单位在答复中作出承诺事项{report.CommitmentCounts.Total}项，已完成{report.CommitmentCounts.Done}项；"
                + $"尚未完成{open}项，其中已超过计划完成时间{report.CommitmentCounts.Overdue}项：");
            document.Table(["建议编号", "承办单位", "承诺事项", "计划完成", "进度"], report.Commitments.Select(c => (IReadOnlyList<string>)
            [
                c.Number, c.Unit, c.Description, ChinaTime.FormatDate(c.PlannedOn) + (c.State == CommitmentState.Overdue ? "（已逾期）" : ""),
                c.Progress.ToString(CultureInfo.InvariantCulture) + "%",
            ]), [6, 6, 9, 6, 3]);
        }

        document.Heading("六、主要做法、存在的问题和下一步工作");
        document.Paragraph("（请办公室根据办理工作的实际情况填写。）");
        document.Blank();
        document.Line(report.Office.Office, JustificationValues.Right);
        document.Line(ChinaTime.FormatDate(report.Today), JustificationValues.Right);
        return document.ToBytes();
    }

    /// <summary>The opening figures: received, accepted (letters, merged, withdrawn), assigned, replied, on time, met.</summary>
    public static string Opening(SuggestionFigures t, int units)
    {
        ArgumentNullException.ThrowIfNull(t);
        return $"共收到代表建议{t.Received}件，经审查立案{t.Accepted}件（转为来信{t.Letters}件，并案{t.Merged}件，代表撤回{t.Withdrawn}件），"
            + $"已交办{t.Assigned}件，涉及承办单位{units}个。已答复{t.Replied}件，其中按期答复{t.RepliedOnTime}件，按期答复率{Percent(t.OnTimeRate)}；"
            + $"承办单位与代表办前、办中、办后均见面沟通的{t.MetDeputy}件，见面率{Percent(t.MetRate)}。已办结{t.Closed}件，逾期未答复{t.Overdue}件。";
    }

    /// <summary>A/B/C/D counts and shares of the replied, and 解决或正在解决.</summary>
    public static string Results(SuggestionFigures t, IReadOnlyList<ReplyClassification> classifications)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(classifications);
        var parts = classifications.Select(c => $"{c.Label}的（{c.Code}类）{t.ByClassification.GetValueOrDefault(c.Code)}件，占{Percent(t.ClassificationShare(c.Code))}");
        return $"从办理结果看，已答复的建议中，{string.Join("；", parts)}。解决或正在解决的{t.Solved}件，占已答复的{Percent(t.SolvedRate)}。"
            + $"答复中作出承诺事项{t.CommitmentsOpen + t.CommitmentsDone}项，已完成{t.CommitmentsDone}项，尚未完成{t.CommitmentsOpen}项。";
    }

    /// <summary>The deputies' ratings; unrated replies are not in the rate.</summary>
    public static string Ratings(SuggestionFigures t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return $"从代表评价看，已评价{t.Rated}件，其中满意{t.Satisfied}件，基本满意{t.BasicallySatisfied}件，不满意{t.Unsatisfied}件，"
            + $"满意率（含基本满意）{Percent(t.SatisfactionRate)}（未评价的不计入）。因代表不满意重新办理{t.Rehandled}件。";
    }

    public static string ReportFileName(string session) => FileSafe($"{session}代表建议办理情况报告.docx");

    // ---------------------------------------------------------------- shared

    /// <summary>As the statistics page shows a rate: one decimal and “%”, “—” when there is nothing to divide by.</summary>
    private static string Percent(decimal? rate) => Display.Percent(rate);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Months(int months) => $"{ChineseNumerals.Format(months)}个月";

    private static string WorkingDays(int days) => $"{ChineseNumerals.Format(days)}个工作日";

    private static string Met(bool met) => met ? "已联系" : "未登记";

    private static string Classifications(IEnumerable<ReplyClassification> classifications) =>
        string.Join("，", classifications.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => $"{c.Code}类为{c.Label}"));

    private static string Contact(SuggestionOffice office) =>
        $"联系单位：{office.Office}；联系人：{office.ContactPerson ?? Blank}；联系电话：{office.ContactPhone ?? Blank}。";

    /// <summary>A file name: characters Windows refuses become “_”.</summary>
    private static string FileSafe(string name) =>
        string.Concat(name.Select(c => c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c));
}
