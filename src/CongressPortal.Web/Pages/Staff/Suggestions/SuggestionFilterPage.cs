using CongressPortal.Domain.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// The list's filter as query parameters, bound the same way by the list and by its Excel export, so that the
/// export holds exactly the rows the list shows.
/// </summary>
public abstract class SuggestionFilterPage : PageModel
{
    [BindProperty(SupportsGet = true, Name = "session")] public string? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")] public SuggestionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")] public int? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")] public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "deputy")] public string? Deputy { get; set; }

    [BindProperty(SupportsGet = true, Name = "key")] public bool Key { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")] public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "due")] public bool DueSoon { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    /// <summary>The theme (打捆督办) the suggestions are bundled under.</summary>
    [BindProperty(SupportsGet = true, Name = "theme")] public int? Theme { get; set; }

    /// <summary>Replies classified so (A/B/C/D): some answering unit's latest reply.</summary>
    [BindProperty(SupportsGet = true, Name = "classification")] public string? Classification { get; set; }

    [BindProperty(SupportsGet = true, Name = "satisfaction")] public Satisfaction? Satisfaction { get; set; }

    /// <summary>Some unit's reply of its current round is not rated yet.</summary>
    [BindProperty(SupportsGet = true, Name = "unrated")] public bool Unrated { get; set; }

    /// <summary>Commitments (承诺事项) still open.</summary>
    [BindProperty(SupportsGet = true, Name = "commitments")] public bool OpenCommitments { get; set; }

    protected IndexModel.ListFilter CurrentFilter() => new()
    {
        Session = Session,
        Year = Year,
        Status = Status,
        Category = Category,
        Unit = Unit,
        Deputy = Deputy,
        Key = Key,
        Overdue = Overdue,
        DueSoon = DueSoon,
        Q = Q,
        Theme = Theme,
        Classification = Classification,
        Satisfaction = Satisfaction,
        Unrated = Unrated,
        OpenCommitments = OpenCommitments,
    };
}
