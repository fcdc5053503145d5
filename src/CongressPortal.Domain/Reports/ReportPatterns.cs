using System.Text.RegularExpressions;

namespace CongressPortal.Domain.Reports;

/// <summary>The line shapes of a work report, matched against normalised lines (see <see cref="ReportText"/>).</summary>
internal static partial class ReportPatterns
{
    private const string Numeral = "[一二三四五六七八九十]{1,3}";

    /// <summary>一、 一， 一. 一． — the level-1 number.</summary>
    [GeneratedRegex($"^({Numeral})[、，,．.] ?(?=\\S)")]
    public static partial Regex Level1();

    /// <summary>（一） — also typed (一), normalised before matching.</summary>
    [GeneratedRegex($"^[（(]({Numeral})[）)] ?(?=\\S)")]
    public static partial Regex Level2();

    /// <summary>1. 1． 1、 — but not 1.5万, which is a number.</summary>
    [GeneratedRegex("^([0-9]{1,2})[.．、](?![0-9]) ?(?=\\S)")]
    public static partial Regex Level3();

    /// <summary>（1） or (1).</summary>
    [GeneratedRegex("^[（(]([0-9]{1,2})[）)] ?(?=\\S)")]
    public static partial Regex Level4();

    [GeneratedRegex("(常务委员会|常委会)工作报告(（[^）]{1,8}）)?$")]
    public static partial Regex Title();

    [GeneratedRegex("^（?(——)?[0-9〇零一二三四五六七八九十]{4}年[0-9〇一二三四五六七八九十]{1,3}月[0-9〇一二三四五六七八九十]{1,3}日在.{2,60}会议上(的报告)?）?$")]
    public static partial Regex Subtitle();

    [GeneratedRegex("^(?=.*(人大|常委会|委员会))[\u4e00-\u9fff（）]{2,30}(主任|秘书长|主席) ?[\u4e00-\u9fff·]{2,6}$")]
    public static partial Regex Speaker();

    [GeneratedRegex("^(各位代表|各位委员|各位代表、同志们|同志们)[：！，]?$")]
    public static partial Regex Salutation();

    /// <summary>2024年主要工作, 过去一年的主要工作, 2025年主要任务, 今年的主要任务, 今后工作建议, 2025年工作安排…</summary>
    [GeneratedRegex("^[^，。！？；：、]{0,24}(主要工作|主要工作回顾|工作回顾|主要任务|工作任务|工作安排|工作建议|工作打算|任务安排)$")]
    public static partial Regex Part();

    /// <summary>一是 二是 … inside a paragraph: at its start or after punctuation.</summary>
    [GeneratedRegex("(?<=^|[。；，：！？”])([一二三四五六七八九十]{1,2})是")]
    public static partial Regex Item();

    /// <summary>A newspaper by-line that opens a pasted article: ●本报记者 某某, 本报讯…, 通讯员 某某.</summary>
    [GeneratedRegex("^[●■◆▲★•·]? ?(本报记者|本报讯|本报通讯员|融媒体记者|见习记者|实习记者|特约记者|记者|通讯员|新华社)")]
    public static partial Regex Byline();

    /// <summary>A by-line on a line of its own in brackets: （记者 某某 通讯员 某某）.</summary>
    [GeneratedRegex("^（(本报记者|记者|通讯员)[^）]{1,30}）$")]
    public static partial Regex BracketedByline();

    /// <summary>A photo caption: 图为…, ▲…, or a line ending with the photographer: 某某 摄.</summary>
    [GeneratedRegex("^(图为|图：|▲|△)|[ （][\u4e00-\u9fff]{2,4} ?摄(影)?）?$|^（?[\u4e00-\u9fff]{2,4} ?摄）?$")]
    public static partial Regex Caption();

    /// <summary>What a web page adds around an article: 发布时间：…, 来源：…, 责任编辑：…, a bare address.</summary>
    [GeneratedRegex("^(发布时间|发布日期|来源|作者|责任编辑|编辑|审核|校对|浏览次数|点击数|字号|【字号】)[：].{0,60}$|^https?://\\S+$|^(打印本页|关闭窗口|分享到)")]
    public static partial Regex WebPage();
}
