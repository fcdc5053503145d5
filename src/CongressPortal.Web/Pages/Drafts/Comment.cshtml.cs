using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Drafts;

/// <summary>
/// 提出意见 on a draft, opened at one article (<c>?article=第五条</c>) or on the draft as a whole: the article's text, a choice
/// of article, the comment, an optional name and a contact only staff see. <c>Preview</c> checks everything the domain
/// checks (the window at the server's time, the article, the fields) and shows the comment back exactly as it will be
/// stored; <c>Edit</c> returns to the form with everything kept; <c>Send</c> stores it (<see cref="DraftStore.SubmitCommentAsync"/>,
/// a small insert) and shows the receipt code once on <see cref="ReceiptModel"/> through TempData, never in an address.
/// Once comment has closed (server clock) the page says so instead of showing the form, and a post — even from a page
/// opened before the deadline — is refused with nothing stored and the typed comment shown back. A filled honeypot is
/// answered like a success and nothing is stored. Posts are limited per address; nothing here is cached.
/// </summary>
[EnableRateLimiting(ServiceRegistration.DraftCommentRateLimit)]
public sealed class CommentModel(CommentModel.Handler handler, ILogger<CommentModel> logger) : PageModel
{
    public const string ReceiptKey = "Drafts.ReceiptCode";
    public const string ReceiptDraftKey = "Drafts.ReceiptDraft";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    /// <summary>The article the form opens at (GET only); an unknown one opens it on the draft as a whole.</summary>
    [BindProperty(SupportsGet = true, Name = "article")] public string? Article { get; set; }

    [BindProperty] public CommentCommand Input { get; set; } = new();

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    [BindProperty] public string? Website { get; set; }

    public FormView Draft { get; private set; } = null!;

    /// <summary>Why the form is closed (征求意见已经截止), when it is.</summary>
    public string? Closed { get; private set; }

    /// <summary>The comment as it will be stored, after a successful <c>Preview</c>.</summary>
    public DraftComment? Preview { get; private set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The form carries what a citizen typed (and their contact after a preview): never kept by a browser or a proxy.
        context.HttpContext.Response.Headers.CacheControl = "no-store";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new CommentCommand { ArticleAnchor = Article is { } a && Draft.Window.HasArticle(a.Trim()) ? a.Trim() : "" };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Honeypot() is { } robot) return robot;
        if (!await LoadAsync(ct)) return NotFound();
        if (Closed is not null || !ModelState.IsValid) return Page();
        var (comment, refusal) = handler.Check(Draft.Window, Input.ToDraft());
        if (refusal is not null)
        {
            ModelState.AddModelError(Forms.KeyFor(refusal, typeof(CommentCommand), nameof(Input)), refusal.Message);
            return Page();
        }
        Preview = comment;
        return Page();
    }

    /// <summary>返回修改: the form again, with everything the preview carried.</summary>
    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct)
    {
        if (Honeypot() is { } robot) return robot;
        if (!await LoadAsync(ct)) return NotFound();
        // Back to editing is not a submission: no messages yet, the fields show what was carried.
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        if (Honeypot() is { } robot) return robot;
        if (ModelState.IsValid)
        {
            var result = await handler.SendAsync(Id, Input.ToDraft(), ct);
            if (result.IsNotFound) return NotFound();
            if (result.IsSuccess)
            {
                TempData[ReceiptKey] = result.Value;
                TempData[ReceiptDraftKey] = Id;
                return RedirectToPage("Receipt");
            }
            if (!await LoadAsync(ct)) return NotFound();
            // A closed window shows its own notice with the comment kept; any other refusal goes next to its field.
            if (Closed is null) result.AddTo(ModelState, typeof(CommentCommand), nameof(Input));
            return Page();
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>A filled honeypot (a robot): answered like a success with a code that finds nothing; nothing is stored.</summary>
    private RedirectToPageResult? Honeypot()
    {
        if (string.IsNullOrEmpty(Website)) return null;
        logger.LogInformation("A draft comment with the honeypot filled was dropped");
        TempData[ReceiptKey] = ReceiptCode.New();
        TempData[ReceiptDraftKey] = Id;
        return RedirectToPage("Receipt");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await handler.LoadAsync(Id, ct) is not { } draft) return false;
        Draft = draft;
        Closed = draft.Window.Check(DraftAction.Comment, PublicDrafts.Commenter, handler.Now)?.Message;
        return true;
    }

    /// <summary>The article label as the form shows it.</summary>
    public static string ArticleLabel(string? anchor) => string.IsNullOrEmpty(anchor) ? "对草案整体提出意见" : anchor;

    public sealed record CommentCommand
    {
        /// <summary>The article's anchor (第五条), or empty for the draft as a whole.</summary>
        [StringLength(40), Display(Name = "对哪一条提意见")]
        public string? ArticleAnchor { get; init; }

        [Required(ErrorMessage = "请填写您的意见"),
         StringLength(DraftComment.MaxBodyLength, ErrorMessage = "意见内容不能超过2000个字，请精简后再提交"),
         Display(Name = "您的意见")]
        public string? Body { get; init; }

        [StringLength(50, ErrorMessage = "姓名不能超过50个字"), Display(Name = "姓名（选填）")]
        public string? Name { get; init; }

        [Required(ErrorMessage = "请填写联系方式（手机、电话或电子邮箱），仅用于工作人员联系您，不会公开"),
         StringLength(100, ErrorMessage = "联系方式不能超过100个字"),
         Display(Name = "联系方式")]
        public string? Contact { get; init; }

        /// <summary>Line breaks as one character each (a browser sends CR LF), so the counter and the limit agree.</summary>
        public DraftCommentDraft ToDraft() =>
            new(string.IsNullOrWhiteSpace(ArticleAnchor) ? null : ArticleAnchor.Trim(), Body?.ReplaceLineEndings("\n"), Name, Contact);
    }

    /// <summary>An article as the form shows it: its anchor, label and paragraphs.</summary>
    public sealed record ArticleText(string Anchor, string Label, IReadOnlyList<string> Paragraphs);

    public sealed record FormView(int Id, string Title, DraftWindow Window, DateOnly LastDay, int? DaysLeft, IReadOnlyList<ArticleText> Articles)
    {
        public ArticleText? Find(string? anchor) => string.IsNullOrEmpty(anchor) ? null : Articles.FirstOrDefault(a => a.Anchor == anchor);
    }

    public sealed class Handler(AppDbContext db, DraftStore store)
    {
        public DateTimeOffset Now => store.Now;

        /// <summary>A published draft's title, window and articles; null for a prepared or unknown one.</summary>
        public async Task<FormView?> LoadAsync(int id, CancellationToken ct)
        {
            var draft = await DraftStore.Published(db.OpenDrafts.AsNoTracking()).Where(d => d.Id == id)
                .Select(d => new { d.Id, d.Title, d.TextJson, d.Status, d.ClosesAt, d.ArticleAnchors, d.LastDay })
                .SingleOrDefaultAsync(ct);
            if (draft is null) return null;
            var window = new DraftWindow(draft.Id, draft.Status, draft.ClosesAt, draft.ArticleAnchors);
            var now = Now;
            var articles = StatuteText.FromJson(draft.TextJson).Articles
                .Select(a => new ArticleText(a.Anchor, a.Label, [.. a.Body.Select(l => l.Text)]))
                .ToList();
            int? daysLeft = window.Check(DraftAction.Comment, PublicDrafts.Commenter, now) is null ? PublicDrafts.DaysLeft(draft.LastDay, now) : null;
            return new FormView(draft.Id, draft.Title, window, draft.LastDay, daysLeft, articles);
        }

        /// <summary>
        /// Every rule the store will apply, without storing: the comment the domain would make now (trimmed, the article
        /// checked), or its first refusal.
        /// </summary>
        public (DraftComment? Comment, Refusal? Refusal) Check(DraftWindow window, DraftCommentDraft draft)
        {
            try
            {
                return (DraftComment.Submit(window, draft, ReceiptCode.New(), Now), null);
            }
            catch (DomainRuleException refused)
            {
                return (null, refused.Refusal);
            }
        }

        public Task<CommandResult<string>> SendAsync(int id, DraftCommentDraft draft, CancellationToken ct) => store.SubmitCommentAsync(id, draft, ct);
    }
}
