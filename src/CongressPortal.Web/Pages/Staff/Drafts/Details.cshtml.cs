using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// One draft for comment: its facts and phase, the text and 起草说明, the deadline changes, the figures by article, and a
/// form for every action <see cref="OpenDraft.AvailableActions"/> offers now — 发布 (the period runs from the server's date),
/// 延长, 提前结束, 公布采纳情况 (once every comment is checked and every valid one decided) and 撤回采纳情况.
/// </summary>
public sealed class DetailsModel(DraftDesk.Handler desk) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public DraftDesk.DraftView View { get; private set; } = null!;

    public AvailableActions<DraftAction> Actions { get; private set; } = AvailableActions<DraftAction>.None;

    public StatuteText Text { get; private set; } = StatuteText.Empty;

    /// <summary>Why the outcome cannot be published yet (comments unchecked or undecided), or null.</summary>
    public Refusal? OutcomeBlocked { get; private set; }

    /// <summary>The instant comment would close if published now (the end of the last day).</summary>
    public DateTimeOffset ClosesIfPublished { get; private set; }

    /// <summary>The earliest last day if published today.</summary>
    public DateOnly Earliest { get; private set; }

    public ExtendCommand Extend { get; private set; } = new();

    public CloseEarlyCommand CloseEarly { get; private set; } = new();

    public OutcomeCommand Outcome { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(Id, ct);
        if (view is null) return NotFound();
        View = view;
        var draft = view.Draft;
        Actions = draft.AvailableActions(User.AsStaff(), desk.Now);
        Text = draft.Text();
        OutcomeBlocked = OpenDraft.OutcomeBlockedBy(view.Figures);
        ClosesIfPublished = OpenDraft.EndOf(draft.LastDay);
        Earliest = OpenDraft.EarliestLastDay(desk.Today);
        if (!Failed(Forms.Extend)) Extend = new ExtendCommand { LastDay = draft.LastDay.AddDays(7) };
        if (!Failed(Forms.Outcome)) Outcome = OutcomeForm(view, new OutcomeCommand { Summary = draft.OutcomeSummary });
        else Outcome = OutcomeForm(view, Outcome);
        return Page();
    }

    /// <summary>
    /// The outcome form: a note for the draft as a whole and one for each article that has comments, in article order,
    /// each holding what was typed or, else, the note saved before (after a withdrawal).
    /// </summary>
    private static OutcomeCommand OutcomeForm(DraftDesk.DraftView view, OutcomeCommand typed)
    {
        var saved = view.Draft.ArticleNotes.ToDictionary(n => n.ArticleAnchor, n => n.Note);
        var posted = typed.ArticleNotes.GroupBy(n => n.Anchor ?? "").ToDictionary(g => g.Key, g => g.First().Note);
        var anchors = new List<string> { "" };
        anchors.AddRange(view.ByArticle.Select(a => a.Anchor).Where(a => a.Length > 0));
        anchors.AddRange(saved.Keys.Where(k => !anchors.Contains(k)));
        return typed with
        {
            ArticleNotes = [.. anchors.Select(a => new ArticleNoteInput { Anchor = a, Note = posted.TryGetValue(a, out var note) ? note : saved.GetValueOrDefault(a) })],
        };
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Publish, null, () => desk.ActAsync(Id, version, (d, now) => d.Publish(User.AsStaff(), now), ct),
            "已发布征求意见，公众现在可以阅读草案并提出意见。", ct);

    public Task<IActionResult> OnPostExtendAsync(uint version, [Bind(Prefix = Forms.Extend)] ExtendCommand input, CancellationToken ct)
    {
        Extend = input;
        return ActAsync(Forms.Extend, input, () => desk.ActAsync(Id, version, (d, now) => d.Extend(input.LastDay!.Value, input.Reason, User.AsStaff(), now), ct),
            "已延长征求意见期限。", ct);
    }

    public Task<IActionResult> OnPostCloseEarlyAsync(uint version, [Bind(Prefix = Forms.CloseEarly)] CloseEarlyCommand input, CancellationToken ct)
    {
        CloseEarly = input;
        return ActAsync(Forms.CloseEarly, input, () => desk.ActAsync(Id, version, (d, now) => d.CloseEarly(input.Reason, User.AsStaff(), now), ct),
            "已提前结束征求意见，不再接收意见。", ct);
    }

    public Task<IActionResult> OnPostOutcomeAsync(uint version, [Bind(Prefix = Forms.Outcome)] OutcomeCommand input, CancellationToken ct)
    {
        Outcome = input;
        return ActAsync(Forms.Outcome, input, () => desk.PublishOutcomeAsync(Id, version, input.ToOutcome(), User.AsStaff(), ct),
            "已公布意见采纳情况。", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Withdraw, null, () => desk.ActAsync(Id, version, (d, now) => d.WithdrawOutcome(User.AsStaff(), now), ct),
            "已撤回采纳情况，公众页面不再显示。修改后可重新公布。", ct);

    public static class Forms
    {
        public const string Publish = "Publish";
        public const string Extend = "Extend";
        public const string CloseEarly = "CloseEarly";
        public const string Outcome = "Outcome";
        public const string Withdraw = "Withdraw";
    }
}
