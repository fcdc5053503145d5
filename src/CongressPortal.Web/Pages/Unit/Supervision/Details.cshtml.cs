using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Unit.Supervision;

/// <summary>
/// One topic as the body sees it once it was sent (交办): the opinions, the problem list with this body's problems marked,
/// the rounds of its handling report with the committee's evaluations, and the forms the domain offers now
/// (<see cref="SupervisionTopic.AvailableActions"/>): the 研究处理情况报告 with a progress and evidence for every open
/// problem, and during 跟踪整改 the progress of one problem. Every action runs within <see cref="Data.Queries.SupervisionStore.ForUnit"/>,
/// so another body's topic, or one not yet sent, is "not found" (404). The data work is in Details.Handler.cs.
/// </summary>
public sealed partial class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public UnitTopicView View { get; private set; } = null!;

    public ReportCommand Report { get; private set; } = new();

    /// <summary>The progress update that failed, to show its values and message on that problem's form only.</summary>
    public ProgressCommand? Progress { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostReportAsync(uint version, [Bind(Prefix = Forms.Report)] ReportCommand input, CancellationToken ct)
    {
        Report = input;
        CheckEntries(input);
        return ActAsync(Forms.Report, input, () => handler.FileReportAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "研究处理情况报告已报送，等待市人大常委会评价。", ct);
    }

    public Task<IActionResult> OnPostProgressAsync(uint version, [Bind(Prefix = Forms.Progress)] ProgressCommand input, CancellationToken ct)
    {
        Progress = input;
        return ActAsync(Forms.Progress, input, () => handler.UpdateProgressAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            $"已报送第{input.Number}个问题的整改进展。", ct);
    }

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(UnitId, Id, User.AsUnit(), ct);
        if (view is null) return NotFound();
        View = view;
        return Page();
    }

    private int UnitId => User.GetUnitId()!.Value;

    /// <summary>
    /// The report states every open problem (监督法第十四条 practice: 逐项说明): a row without its progress or evidence gets the
    /// domain's message next to that row, and the report is not sent. The domain checks again (and for rows left out).
    /// </summary>
    private void CheckEntries(ReportCommand input)
    {
        for (var i = 0; i < input.Entries.Count; i++)
        {
            var row = input.Entries[i];
            var prefix = $"{Forms.Report}.{nameof(ReportCommand.Entries)}[{i}]";
            if (row.Progress is null) ModelState.AddModelError($"{prefix}.{nameof(EntryRow.Progress)}", SupervisionMessages.ProgressMissing(row.ProblemNumber).Message);
            if (string.IsNullOrWhiteSpace(row.Evidence)) ModelState.AddModelError($"{prefix}.{nameof(EntryRow.Evidence)}", SupervisionMessages.EvidenceMissing(row.ProblemNumber).Message);
        }
    }

    /// <summary>The forms of the page: each posts under its own prefix, and its form-level message is kept under that key.</summary>
    public static class Forms
    {
        public const string Report = "Report";
        public const string Progress = "Progress";
    }

    /// <summary>One open problem's line of the report. Named as the domain's <see cref="HandlingEntryDraft"/>.</summary>
    public sealed record EntryRow
    {
        public int ProblemNumber { get; init; }

        [Display(Name = "整改情况")]
        public ProblemProgress? Progress { get; init; }

        [StringLength(2000, ErrorMessage = "整改措施和佐证不能超过2000个字"), Display(Name = "整改措施和佐证")]
        public string? Evidence { get; init; }
    }

    /// <summary>The 研究处理情况报告, named as the domain's <see cref="HandlingReportDraft"/>.</summary>
    public sealed record ReportCommand
    {
        [Required(ErrorMessage = "请填写研究处理情况报告"), StringLength(50000, ErrorMessage = "研究处理情况报告不能超过50000个字"), Display(Name = "研究处理情况报告")]
        public string? ReportText { get; init; }

        public List<EntryRow> Entries { get; init; } = [];
    }

    /// <summary>One problem's progress during 跟踪整改.</summary>
    public sealed record ProgressCommand
    {
        public int Number { get; init; }

        [Required(ErrorMessage = "请选择整改情况"), Display(Name = "整改情况")]
        public ProblemProgress? Progress { get; init; }

        [Required(ErrorMessage = "请填写整改措施和佐证"), StringLength(2000, ErrorMessage = "整改措施和佐证不能超过2000个字"), Display(Name = "整改措施和佐证")]
        public string? Evidence { get; init; }
    }
}
