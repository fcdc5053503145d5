namespace CongressPortal.Web.OpenData;

/// <summary>The Atom feeds beside the API (listed in its directory and on /Developers).</summary>
public static class OpenDataFeeds
{
    public sealed record Feed(string Title, string Page);

    public static IReadOnlyList<Feed> All { get; } =
    [
        new("常委会工作报告", "/Reports/Feed"),
        new("法规库更新（新制定、修改、废止）", "/Regulations/Feed"),
        new("公开征求意见的法规草案", "/Drafts/Feed"),
        new("代表接待群众公告", "/Stations/Feed"),
        new("已公开的代表建议答复", "/Suggestions/Feed"),
        new("通知公告", "/Notices/Feed"),
    ];
}
