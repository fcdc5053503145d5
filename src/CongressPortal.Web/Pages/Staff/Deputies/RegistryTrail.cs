namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>The trail above each registry page: 工作台 › 代表名册 › [list or deputy] › current page.</summary>
public sealed record RegistryTrail(string Current, string? ParentTitle = null, string? ParentHref = null);
