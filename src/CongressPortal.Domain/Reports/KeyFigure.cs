using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>A figure the report quotes (制定地方性法规 3 件), with where it came from so readers and staff can check it.</summary>
public sealed class KeyFigure
{
    private KeyFigure() { }

    internal KeyFigure(KeyFigureDetails details, int sortOrder)
    {
        Update(details);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int WorkReportId { get; private set; }
    public string Label { get; private set; } = "";
    public decimal Value { get; private set; }
    public string Unit { get; private set; } = "";

    /// <summary>Where the figure comes from: 报告正文, 本系统建议办理数据…</summary>
    public string? SourceNote { get; private set; }

    /// <summary>The section of the report that states the figure (s2, s3-1…), when staff linked one.</summary>
    public string? Anchor { get; private set; }

    public int SortOrder { get; private set; }

    internal void Update(KeyFigureDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        // Everything is checked before anything changes: a refused edit leaves the figure as it was.
        var label = Text.Required(details.Label, nameof(details.Label), "指标名称", 60);
        var unit = Text.Optional(details.Unit, nameof(details.Unit), "单位", 10) ?? "";
        var sourceNote = Text.Optional(details.SourceNote, nameof(details.SourceNote), "来源说明", 200);
        var anchor = Text.Optional(details.Anchor, nameof(details.Anchor), "对应章节", 40);
        if (details.Value < 0) throw ReportMessages.FigureNegative.ToException();
        (Label, Unit, SourceNote, Anchor, Value) = (label, unit, sourceNote, anchor, details.Value);
    }

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;
}

public sealed record KeyFigureDetails(string Label, decimal Value, string? Unit, string? SourceNote = null, string? Anchor = null);
