using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages;

[OutputCache(PolicyName = PublicPageCache.Home)]
public sealed class IndexModel : PageModel
{
    public sealed record SectionCard(string Key, string Title, string Page, string Description, bool Open);

    public static IReadOnlyList<SectionCard> Sections { get; } =
    [
        new("reports", "常委会工作报告", "/Reports/Index", "历年市人大常委会工作报告全文，可按年份阅读、检索和比较主要数据。", false),
        new("deputies", "代表名录", "/Deputies/Index", "市人大代表的基本情况和履职信息，可按姓名、代表团查询。", true),
        new("stations", "代表联络站", "/Stations/Index", "查找身边的代表联络站、代表之家，了解接待日安排和进站代表。", true),
        new("regulations", "法规库", "/Regulations/Index", "本市地方性法规全文及历次修改的版本和公告，标明现行有效、已修改、已废止；可检索、按条引用和打印。", true),
        new("drafts", "立法征求意见", "/Drafts/Index", "正在公开征求意见的法规草案：逐条阅读，对某一条或草案整体提出意见，凭回执码查询意见是否被采纳。", true),
        new("suggestions", "建议办理公开", "/Suggestions/Index", "代表建议的办理答复公开：建议编号、标题、承办单位和答复内容。", false),
        new("proposals", "议案", "/Proposals/Index", "代表联名和有关机关向大会提出的议案，大会主席团的处理决定和专门委员会的审议结果。", true),
        new("supervision", "监督工作", "/Supervision/Index", "年度监督工作计划，听取审议的专项工作报告、审议意见和问题清单，以及每个问题的整改销号情况。", true),
    ];
}
