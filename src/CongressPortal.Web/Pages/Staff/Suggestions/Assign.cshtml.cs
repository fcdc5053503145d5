using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 交办会: the accepted suggestions waiting for assignment (of a session, a category), each with the units the portal proposes
/// and why (the similar earlier suggestions and where they went; how much of the category each unit handled). Staff confirm
/// or change each row — mode, the lead or first unit, up to two more units — tick the rows, enter the meeting's date, and
/// assign the whole list in one transaction with one due-date calculation (<see cref="SuggestionBatchAssignment"/>). A
/// refused row or a suggestion changed meanwhile stops the batch; the page comes back with everything as posted and the
/// message at its row.
/// </summary>
public sealed class AssignModel(SuggestionBatchAssignment batch, IndexModel.Handler lists) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Session { get; set; }
    [BindProperty(SupportsGet = true)] public int? Category { get; set; }

    [BindProperty, Required(ErrorMessage = "请填写交办日期（交办会召开的日期）"), Display(Name = "交办日期")]
    public DateOnly? MeetingOn { get; set; }

    /// <summary>Staff confirmed the domain's warning (a meeting date on a rest day).</summary>
    [BindProperty] public bool Confirmed { get; set; }

    [BindProperty] public List<Row> Rows { get; set; } = [];

    public IReadOnlyList<BatchCandidate> Candidates { get; private set; } = [];
    public IndexModel.Options Options { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>A batch-wide refusal that asks for confirmation (a rest day): the page offers the confirming box.</summary>
    public bool AsksConfirmation { get; private set; }

    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        MeetingOn = batch.Today;
        Rows = [.. Candidates.Select(c => new Row
        {
            Id = c.Id, Version = c.Version, Selected = c.Proposals.Count > 0, Mode = HandlingMode.Split, UnitId = c.Proposals.Count > 0 ? c.Proposals[0].UnitId : null,
        })];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ticked = Rows.Where(r => r.Selected).ToList();
        for (var i = 0; i < Rows.Count; i++)
            if (Rows[i].Selected && Rows[i].UnitId is not > 0) ModelState.AddModelError($"Rows[{i}].UnitId", "请选择承办单位");
        if (ModelState.IsValid)
        {
            var lines = ticked.Select(r => new BatchLine(r.Id, r.Version, r.Mode, r.UnitId!.Value,
                [.. new[] { r.CoUnitId, r.CoUnitId2 }.Where(u => u is > 0).Select(u => u!.Value)])).ToList();
            var result = await batch.AssignAsync(lines, MeetingOn!.Value, Confirmed, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                Done = $"已交办{result.Assigned}件建议，交办日期{ChinaTime.FormatDate(MeetingOn.Value)}，答复期限自该日起算。";
                return RedirectToPage(new { Session, Category });
            }
            foreach (var (id, message) in result.RowErrors)
            {
                var index = Rows.FindIndex(r => r.Id == id);
                ModelState.AddModelError(index < 0 ? "" : $"Rows[{index}].UnitId", message);
            }
            if (result.Refusal is { } refusal)
            {
                AsksConfirmation = refusal.Field == "Confirmed";
                ModelState.AddModelError(refusal.Field switch { "MeetingOn" => nameof(MeetingOn), "Selected" or "Confirmed" => "", _ => "" }, refusal.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Options = await lists.OptionsAsync(ct);
        UnitNames = Options.Units.ToDictionary(u => int.Parse(u.Value, System.Globalization.CultureInfo.InvariantCulture), u => u.Text);
        var candidates = await batch.CandidatesAsync(Session, Category, ct);
        // A posted page keeps its rows in the order and with the values posted (a row assigned meanwhile by someone else
        // stays, so its message can show).
        Candidates = candidates;
    }

    /// <summary>The error shown at a row, if any.</summary>
    public string? ErrorAt(int index) =>
        ModelState.TryGetValue($"Rows[{index}].UnitId", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The posted row for a candidate (or its defaults) and the index its fields are named with.</summary>
    public (int Index, Row Row) RowOf(BatchCandidate candidate, int position)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var index = Rows.FindIndex(r => r.Id == candidate.Id);
        return index >= 0 ? (index, Rows[index]) : (Rows.Count + position, new Row { Id = candidate.Id, Version = candidate.Version });
    }

    public sealed class Row
    {
        public int Id { get; set; }
        public uint Version { get; set; }
        public bool Selected { get; set; }
        public HandlingMode Mode { get; set; } = HandlingMode.Split;

        /// <summary>The lead unit (会同办理) or the first unit (分别办理).</summary>
        public int? UnitId { get; set; }

        /// <summary>A co-handling unit (会同办理) or another unit answering its own part (分别办理).</summary>
        public int? CoUnitId { get; set; }
        public int? CoUnitId2 { get; set; }
    }
}
