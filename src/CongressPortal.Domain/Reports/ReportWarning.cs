namespace CongressPortal.Domain.Reports;

/// <summary>Something staff should check in a detected outline. <paramref name="BlockId"/> is null for the whole document.</summary>
public sealed record ReportWarning(int? BlockId, string? Anchor, string Message);
