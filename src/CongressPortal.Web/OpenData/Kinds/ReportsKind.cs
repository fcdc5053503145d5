using System.ComponentModel;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("公开的年度常委会工作报告：最新公开版本的提纲（标题层级）和主要数字。全文见网页。")]
public sealed record ReportDocument : ApiObject
{
    [Description("年度。")] public required int Year { get; init; }
    [Description("报告标题。")] public required string Title { get; init; }
    [Description("首次公开的时间。")] public required DateTimeOffset PublishedAt { get; init; }
    [Description("最近一次更正的时间；未更正过时为 null。")] public DateTimeOffset? CorrectedAt { get; init; }
    [Description("最近一次更正的说明；未更正过时为 null。")] public string? CorrectionNote { get; init; }
    [Description("提纲：各部分及其下的标题（两级），与网页目录相同。")] public required IReadOnlyList<ReportOutlineEntryDocument> Outline { get; init; }
    [Description("主要数字，按网页上的顺序。")] public required IReadOnlyList<ReportFigureDocument> KeyFigures { get; init; }
}

[Description("提纲中的一项：一个部分或一个标题，及其下的标题。")]
public sealed record ReportOutlineEntryDocument
{
    [Description("序号，如“一、”“（二）”；部分和无序号的标题为 null。")] public string? Label { get; init; }
    [Description("标题文字。")] public required string Text { get; init; }
    [Description("层级：0 为部分，1 起为各级标题。")] public required int Level { get; init; }
    [ApiLink, Description("网页上该处的地址。")] public required string Web { get; init; }
    [Description("其下的标题。")] public required IReadOnlyList<ReportOutlineEntryDocument> Children { get; init; }
}

[Description("报告中的一个主要数字。")]
public sealed record ReportFigureDocument
{
    [Description("名称，如“审议法规草案”。")] public required string Label { get; init; }
    [Description("数值。")] public required decimal Value { get; init; }
    [Description("单位，如“件”“%”。")] public required string Unit { get; init; }
    [Description("数字的来源说明；没有时为 null。")] public string? SourceNote { get; init; }
    [ApiLink, Description("网页上出现该数字的段落地址；没有时为 null。")] public string? Web { get; init; }
}

public sealed class ReportsKind : OpenDataKind
{
    public override string Name => "reports";
    public override string TypeName => "report";
    public override string Title => "常委会工作报告";
    public override string Description => "公开的年度常委会工作报告：年度、标题、首次公开和最近更正的时间及更正说明、提纲（各部分和两级标题，附网页地址）、主要数字（名称、数值、单位、来源说明）。"
        + "草稿和未公开的修改不列；撤回公开后，报告在列表中成为墓碑。";
    public override Type DocumentType => typeof(ReportDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<WorkReport>(r => r.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.WorkReports.Where(WorkReport.Public).Select(r => r.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        // The latest published version, as the reading page: the draft being edited never leaves the database here.
        var reports = await db.WorkReports.AsNoTracking().Where(WorkReport.Public).Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.Year, r.Title,
                First = r.Versions.Min(v => v.PublishedAt),
                Latest = r.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Number, v.BlocksJson, v.PublishedAt, v.CorrectionNote }).First(),
                Figures = r.Figures.OrderBy(f => f.SortOrder).Select(f => new { f.Label, f.Value, f.Unit, f.SourceNote, f.Anchor }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return reports.ToDictionary(r => r.Id, r =>
        {
            var page = links.Page("/Reports/Details", new { year = r.Year });
            var corrected = r.Latest.Number > 1;
            ReportOutlineEntryDocument Entry(TocEntry e) => new()
            {
                Label = e.Label, Text = e.Text, Level = e.Level, Web = $"{page}#{e.Anchor}", Children = [.. e.Children.Select(Entry)],
            };
            return (ApiObject)new ReportDocument
            {
                Id = OpenDataLinks.Of(Name, r.Id), Type = TypeName, Web = page,
                Year = r.Year, Title = r.Title, PublishedAt = r.First,
                CorrectedAt = corrected ? r.Latest.PublishedAt : null, CorrectionNote = corrected ? r.Latest.CorrectionNote : null,
                Outline = [.. ReportOutlineJson.Deserialize(r.Latest.BlocksJson).TableOfContents().Select(Entry)],
                KeyFigures = [.. r.Figures.Select(f => new ReportFigureDocument
                {
                    Label = f.Label, Value = f.Value, Unit = f.Unit, SourceNote = f.SourceNote, Web = f.Anchor is { } anchor ? $"{page}#{anchor}" : null,
                })],
            };
        });
    }
}
