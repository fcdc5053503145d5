namespace CongressPortal.Web.Pages.Reference;

/// <summary>The 停用/启用 button of one list row; <see cref="Filter"/> keeps the list's filter across the post.</summary>
public sealed record ActiveToggle(int Id, string Name, bool IsActive, IReadOnlyDictionary<string, string> Filter);
