using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Everything about one suggestion for staff: what was registered, every unit's part (deadlines, return and extension
/// requests, contacts, opinions, replies and their review, ratings, commitments) and the timeline. The forms shown are
/// the domain's answer to what staff may do now (<see cref="Suggestion.AvailableActions"/> and, per unit,
/// <see cref="Suggestion.AvailableOn"/>); each posts the version the page showed and runs through
/// <see cref="Data.Queries.SuggestionStore"/>, so the domain decides and a stale page gets the conflict message.
/// The handlers are grouped by concern in Details.Review.cs, Details.Assignment.cs, Details.Closing.cs and
/// Details.Supervision.cs; the data work is in Details.Handler.cs.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed partial class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public StaffSuggestionView View { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, User.AsStaff(), fileId => Url.Page("/Staff/Suggestions/File", new { suggestion = Id, id = fileId })!, ct);
        if (view is null) return NotFound();
        View = view;
        // Defaults for the forms that were not posted; a posted form keeps what the user typed.
        if (!Failed(Forms.Key)) Key = new KeyCommand { Leader = view.Suggestion.KeyLeader, CommitteeId = view.Suggestion.KeyCommitteeId };
        if (!Failed(Forms.Theme)) Theme = new ThemeCommand { ThemeId = view.Suggestion.ThemeId };
        if (!Failed(Forms.Assign)) Assign = new AssignCommand { Mode = HandlingMode.Split };
        return Page();
    }

    /// <summary>True for the per-unit form that was posted and failed, so its values and messages show there only.</summary>
    public bool Failed(string form, int assignmentId) => Failed(form) && PostedAssignmentId == assignmentId;

    /// <summary>The unit's part a per-unit form was posted for.</summary>
    private int? PostedAssignmentId { get; set; }

    /// <summary>The forms of the page: each posts under its own prefix, and its form-level message is kept under its name.</summary>
    public static class Forms
    {
        public const string Accept = "Accept";
        public const string Letter = "Letter";
        public const string Merge = "Merge";
        public const string Withdraw = "Withdraw";
        public const string Assign = "Assign";
        public const string Correct = "Correct";
        public const string ApproveReturn = "ApproveReturn";
        public const string RefuseReturn = "RefuseReturn";
        public const string ApproveExtension = "ApproveExtension";
        public const string RefuseExtension = "RefuseExtension";
        public const string Review = "Review";
        public const string Key = "Key";
        public const string Unkey = "Unkey";
        public const string Theme = "Theme";
        public const string Close = "Close";
        public const string CloseExplained = "CloseExplained";
        public const string Upload = "Upload";
    }
}
