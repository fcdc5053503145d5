using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

/// <summary>
/// Invented 示例市 texts that reproduce the features of real reports: a full report with both parts, an abstract with
/// unnumbered headings, an article, half-width punctuation, lines broken mid-sentence, a newspaper feature pasted into
/// the middle, and a Word file whose lead sentences are bold.
/// </summary>
public static class ReportFixtures
{
    public const string FullReport = """
        示例市人民代表大会常务委员会工作报告

        ——2026年1月20日在示例市第九届人民代表大会第三次会议上

        示例市人大常委会主任　张三

        各位代表：

        受市人大常委会委托，现将常委会一年来的工作报告如下，请予审议。

        2025年主要工作

        2025年是示例市全面推进法治建设的关键一年。一年来，市人大常委会在市委领导下，依法行使各项职权，圆满完成了年度目标任务。

        一、坚持正确方向，人大工作取得新进展

        常委会把坚持党的领导贯穿于依法履职全过程，各项工作有序推进。

        （一）加强理论学习

        健全学习制度。全年组织常委会组成人员集中学习12次，举办专题讲座4期，学习成果转化为履职实效。

        （二）完善工作制度

        1.修订常委会议事规则。对议事规则作出全面修订，明确会议程序和表决方式。

        2.规范任免工作。依法任免国家机关工作人员56人次，全部进行宪法宣誓。

        二、聚焦法治建设，立法工作取得新成效

        常委会坚持立法为民，全年制定地方性法规3件，修改5件，废止1件，立法调研6项，

        征集立法意见建议420余条。

        加强重点领域立法。制定示例市河湖保护条例和示例市养老服务条例，修改示例市物业管理条例，为城市治理提供法治保障。

        三、突出监督实效，助力经济社会高质量发展

        推动中心工作落实。听取审议专项工作报告18项，开展执法检查3项、专题询问1项，提出审议意见
        56条，跟踪督办全部落实。

        四、发挥代表作用，代表工作迈出新步伐

        提升建议办理实效。大会期间代表提出的312件建议交由58家承办单位办理，全部按期办结，问题得到解决或逐步解决的占91.5%。

        各位代表！

        过去一年取得的成绩，是全体代表和社会各方面共同努力的结果。在此，谨向各位代表和社会各界致以诚挚的谢意！

        2026年主要任务

        2026年是第九届人大任期的最后一年。全年重点做好以下工作：一是提高立法质量，计划制定法规4件；二是增强监督刚性，听取专项工作报告15项；三是密切代表联系，完善联络站运行机制。

        一是扎实做好换届选举工作。依法有序指导县乡两级人大换届选举，确保选举工作风清气正。

        二是持续加强自身建设。巩固学习教育成果，推进机关制度化建设。

        各位代表，让我们在市委的坚强领导下，开拓进取、扎实工作，为示例市高质量发展作出新的更大贡献！
        """;

    /// <summary>The same kind of report typed with half-width punctuation, full-width digits and indentation.</summary>
    public const string HalfWidthReport = """
        示例市人民代表大会常务委员会工作报告
        --２０２６年１月２０日在示例市第九届人民代表大会第三次会议上
        示例市人大常委会主任 张三
        各位代表:
        　　受市人大常委会委托,现将常委会一年来的工作报告如下,请予审议。
        ２０２５年主要工作
        一,坚持正确方向,人大工作取得新进展
        (一)加强理论学习
        　　健全学习制度。全年接待群众1.5万人次,办理来信1,200件。
        1.5万名代表参加了培训。
        (二)完善工作制度
        1．修订常委会议事规则。对议事规则作出全面修订。
        2、规范任免工作。依法任免国家机关工作人员56人次。
        (1)细化表决程序。
        二．聚焦法治建设,立法工作取得新成效
        　　加强重点领域立法。制定示例市河湖保护条例(草案已公开征求意见)。
        """;

    /// <summary>A newspaper feature pasted into the middle of the tasks part, cutting a report paragraph in two.</summary>
    public const string PastedNewspaper = """
        示例市人民代表大会常务委员会工作报告

        2026年主要任务

        2026年是第九届人大任期的最后一年。市人大常委会将坚持以人民为中心，聚焦全市发展大局

        共建共享新家园

        ●本报记者 王五

        从“等着办”到“马上办”

        清晨7点，示例市东城区便民服务中心的大厅已经亮起了灯。工作人员李梅把当天的预约单整理好，等待第一批群众。

        “以前办个证要跑好几趟，现在一次就办完了。”前来办事的赵先生说。

        图为东城区便民服务中心工作人员为群众办理业务（孙六 摄）

        东城区还推出了“周末不打烊”服务，全年累计为群众办理事项3万余件，她说，服务还会继续优化，从没想过

        和群众最关心的问题，扎实做好各项工作。

        一是提高立法质量。加强重点领域立法，计划制定法规4件。

        二是增强监督实效。听取审议专项工作报告15项。
        """;

    /// <summary>An abstract: parts, but headings without numbers.</summary>
    public const string Abstract = """
        示例市人民代表大会常务委员会工作报告（摘要）

        2025年主要工作回顾

        坚持党的领导，把稳工作方向
        常委会始终坚持党的领导，确保人大工作正确方向。
        抓实理论学习。组织集中学习10次，交流研讨5次。
        坚持依法履职，彰显人大作为
        常委会聚焦中心工作，依法开展立法和监督。
        加强立法工作。制定地方性法规2件，修改3件。
        2026年主要任务
        把稳政治方向，展现履职担当。坚持党的全面领导，严格执行请示报告制度。
        聚焦中心大局，彰显人大作为。综合运用执法检查、专题询问等方式，推动工作落实。
        """;

    /// <summary>An article about the committee: headings without numbers, no parts, the page address at the end.</summary>
    public const string Article = """
        近年来，示例市人大常委会坚持围绕中心、服务大局，不断创新工作方法，取得了明显成效。
        开门立法、精准立法
        市人大常委会坚持开门立法，先后制定示例市河湖保护条例等地方性法规。
        跟踪监督、闭环监督
        市人大常委会紧紧围绕全市中心工作开展监督。
        https://news.example.cn/article/12345
        """;

    public const string NoOutline = """
        示例市人大常委会召开主任会议。会议听取了关于代表建议办理情况的汇报。
        会议强调，要进一步提高建议办理质量，推动代表反映的问题得到解决。
        会议还研究了其他事项。
        """;

    /// <summary>Text copied from a PDF: one paragraph wrapped every 20 characters.</summary>
    public static string Wrapped()
    {
        const string paragraph = WrappedParagraph;
        var lines = Enumerable.Range(0, (paragraph.Length + 19) / 20).Select(i => paragraph.Substring(i * 20, Math.Min(20, paragraph.Length - (i * 20))));
        return "一、突出监督实效\n" + string.Join('\n', lines) + "\n二、发挥代表作用\n";
    }

    public const string WrappedParagraph = "常委会坚持围绕中心服务大局，全年听取审议专项工作报告18项并开展执法检查3项专题询问1项，提出审议意见56条推动解决一批突出问题，群众满意度明显提升。";

    /// <summary>Paragraphs as a Word file gives them: the lead sentence of a paragraph is bold.</summary>
    public static IReadOnlyList<SourceParagraph> WordParagraphs() =>
    [
        Bold("示例市人民代表大会常务委员会工作报告"),
        new("——2026年1月20日在示例市第九届人民代表大会第三次会议上"),
        new("各位代表："),
        Bold("2025年主要工作"),
        Bold("一、坚持正确方向"),
        new("加强理论学习。全年组织集中学习12次。", 7),
        new("深化代表联系。全年走访代表120人次。"),
        new("1.修订议事规则。对议事规则作出全面修订。", 9),
        Bold("推进区域协同立法。"),
        new("与周边城市签订立法协作协议，共同开展立法调研。\n完成首个协同立法项目。"),
    ];

    public static IEnumerable<string> Names => ["FullReport", "HalfWidthReport", "PastedNewspaper", "Abstract", "Article", "NoOutline", "Wrapped"];

    public static string Text(string name) => name switch
    {
        "FullReport" => FullReport,
        "HalfWidthReport" => HalfWidthReport,
        "PastedNewspaper" => PastedNewspaper,
        "Abstract" => Abstract,
        "Article" => Article,
        "NoOutline" => NoOutline,
        "Wrapped" => Wrapped(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static SourceParagraph Bold(string text) => new(text, text.Length);
}
