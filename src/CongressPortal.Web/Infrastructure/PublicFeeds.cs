namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The public Atom feeds, as pages advertise them (<c>&lt;link rel="alternate"&gt;</c> in the head, partial <c>_FeedLink</c>):
/// each section's list and record pages name their own feed, the home page every one.
/// </summary>
public static class PublicFeeds
{
    /// <summary>A feed: its page and the title feed readers show when they find it in a page's head.</summary>
    public sealed record Feed(string Page, string Title);

    public static readonly Feed Notices = new("/Notices/Feed", "示例市人大常委会通知公告");

    public static readonly Feed Reports = new("/Reports/Feed", "市人大常委会工作报告");

    public static readonly Feed Regulations = new("/Regulations/Feed", "法规库更新（新制定、修改、废止的法规）");

    public static readonly Feed Drafts = new("/Drafts/Feed", "立法征求意见（公开征求意见的法规草案）");

    public static readonly Feed Receptions = new("/Stations/Feed", "代表联络站接待日公告");

    public static readonly Feed Replies = new("/Suggestions/Feed", "代表建议答复公开");

    public static IReadOnlyList<Feed> All { get; } = [Notices, Reports, Regulations, Drafts, Receptions, Replies];

    /// <summary>The content type every feed is sent with.</summary>
    public const string ContentType = "application/atom+xml; charset=utf-8";
}
