namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>The trail above each station page: 工作台 › 代表联络站 › [station] › current page.</summary>
public sealed record StationTrail(string Current, int? StationId = null, string? StationName = null);
