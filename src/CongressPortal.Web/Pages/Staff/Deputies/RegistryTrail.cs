namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// The trail above each registry page: 工作台 › 代表名册 › [list or deputy] › current page; the parent named by its
/// page (e.g. /Staff/Deputies/Groups/Index) and, for a deputy, its id.
/// </summary>
public sealed record RegistryTrail(string Current, string? ParentTitle = null, string? ParentPage = null, int? ParentId = null);
