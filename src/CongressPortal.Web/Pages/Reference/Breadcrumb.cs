namespace CongressPortal.Web.Pages.Reference;

/// <summary>The trail above each reference-data page: 工作台 › 基础数据 › [list] › current page (the list named by its page, e.g. /Reference/Terms/Index).</summary>
public sealed record Breadcrumb(string Current, string? ListTitle = null, string? ListPage = null);
