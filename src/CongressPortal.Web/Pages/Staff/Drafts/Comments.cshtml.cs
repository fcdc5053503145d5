using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// 意见审核: a draft's comments by article, with counts per article (all, 待审核), filters (status — 待审核 first while any
/// waits —, source, contact point, article) and 50 comments a page, oldest first. Staff tick many comments and apply one
/// action the domain allows (<see cref="DraftComment.AvailableActions"/>): a check, or a decision with its reason. A batch is
/// applied to every ticked comment or to none: when one is refused or was changed by someone else meanwhile, the page names
/// it and nothing is saved, the ticks and the reason kept.
/// </summary>
public sealed class CommentsModel(DraftModeration moderation) : PageModel
{
    /// <summary>The status filter's value for every status (no filter).</summary>
    public const string AllStatuses = "All";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true)] public string? Article { get; set; }

    /// <summary>A <see cref="DraftCommentStatus"/>, <see cref="AllStatuses"/>, or nothing (待审核 while any waits, else all).</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public DraftCommentSource? Source { get; set; }

    [BindProperty(SupportsGet = true)] public int? Point { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public BatchCommand Batch { get; private set; } = new();

    public ModerationDraft Draft { get; private set; } = null!;

    public DraftPhase Phase { get; private set; }

    public IReadOnlyList<ArticleCount> Articles { get; private set; } = [];

    public ModerationPage List { get; private set; } = null!;

    public ModerationFilter Filter { get; private set; } = new();

    public IReadOnlyList<(int Id, string Name)> Points { get; private set; } = [];

    /// <summary>Per comment on the page: what the signed-in staff member may do with it now.</summary>
    public IReadOnlyDictionary<int, AvailableActions<DraftCommentAction>> Actions { get; private set; } = new Dictionary<int, AvailableActions<DraftCommentAction>>();

    /// <summary>The actions at least one comment on the page allows, in the table's order: the batch form offers these.</summary>
    public IReadOnlyList<DraftCommentAction> Offered { get; private set; } = [];

    /// <summary>Why nothing can be done with the comments now (the outcome published), when that is the case.</summary>
    public string? NoActions { get; private set; }

    /// <summary>The comments that stopped the last batch, and why.</summary>
    public IReadOnlyList<BatchProblem> Problems { get; private set; } = [];

    public bool Conflict { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostBatchAsync([Bind(Prefix = "Batch")] BatchCommand input, CancellationToken ct)
    {
        Batch = input;
        var ticked = input.Selected.Distinct().ToDictionary(id => id, id => input.Versions.GetValueOrDefault(id));
        if (ticked.Count == 0) ModelState.AddModelError("Batch.Selected", "请勾选要处理的意见。");
        if (input.Action is null) ModelState.AddModelError("Batch.Action", "请选择要执行的操作。");
        if (ModelState.IsValid)
        {
            var result = await moderation.BatchAsync(Id, input.Action!.Value, input.Reason, ticked, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已对 {result.Applied} 条意见执行“{DraftCommentWorkflow.ActionLabel(input.Action.Value)}”。";
                return RedirectToPage(new { id = Id, article = Article, status = Status, source = Source, point = Point, p = P });
            }
            if (result.FormRefusal is { } refusal) ModelState.AddModelError(Forms.KeyFor(refusal, typeof(BatchCommand), "Batch", "Batch"), refusal.Message);
            else ModelState.AddModelError("Batch", result.Conflict ? DraftModeration.BatchConflict : "以下意见不能执行所选操作，本次批量操作没有修改任何意见：");
            Problems = result.Problems;
            Conflict = result.Conflict;
        }
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var draft = await moderation.DraftAsync(Id, ct);
        if (draft is null) return NotFound();
        Draft = draft;
        var now = moderation.Now;
        Phase = draft.Window.Phase(now);
        Articles = await moderation.ArticleCountsAsync(draft, ct);
        Filter = new ModerationFilter(Article, await StatusFilterAsync(ct), Source, Point);
        List = await moderation.PageAsync(Id, Filter, P, ct);
        Points = await moderation.PointsOfAsync(Id, ct);
        var actor = User.AsStaff();
        Actions = List.Comments.ToDictionary(c => c.Id, c => c.AvailableActions(draft.Window, actor, now));
        Offered = [.. Enum.GetValues<DraftCommentAction>().Where(a => Actions.Values.Any(x => x.Can(a)))];
        NoActions = Offered.Count == 0 ? Actions.Values.SelectMany(x => x.Checks).FirstOrDefault(c => c.RefusedByRule)?.Refusal!.Message : null;
        return Page();
    }

    private async Task<DraftCommentStatus?> StatusFilterAsync(CancellationToken ct)
    {
        if (Enum.TryParse<DraftCommentStatus>(Status, out var status) && Enum.IsDefined(status)) return status;
        if (Status == AllStatuses) return null;
        return await moderation.DefaultStatusAsync(Id, ct);
    }

    /// <summary>Whether the comment was ticked in the batch just refused (the ticks are kept).</summary>
    public bool Ticked(int commentId) => Batch.Selected.Contains(commentId);

    /// <summary>The list's address with the article and page given (the other filters kept), for the article list and the pager.</summary>
    public IDictionary<string, string> Route(string? article, int page = 1)
    {
        var route = new Dictionary<string, string> { ["id"] = Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrEmpty(article)) route["article"] = article;
        if (!string.IsNullOrEmpty(Status)) route["status"] = Status;
        if (Source is { } source) route["source"] = source.ToString();
        if (Point is { } point) route["point"] = point.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (page > 1) route["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return route;
    }

    public sealed record BatchCommand
    {
        public DraftCommentAction? Action { get; init; }

        /// <summary>Why (partly, not) adopted: required for a decision; the commenter reads it.</summary>
        public string? Reason { get; init; }

        public List<int> Selected { get; init; } = [];

        /// <summary>Each comment's row version as the page showed it (comment id → version).</summary>
        public Dictionary<int, uint> Versions { get; init; } = [];
    }
}
