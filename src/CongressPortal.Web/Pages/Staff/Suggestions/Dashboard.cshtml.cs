using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 督办提醒: what needs the staff's attention today, each as a count, the first few items and a link to the
/// list filtered the same way (where the list has that filter): to review, to assign (between-session ones
/// past the assignment window flagged), overdue, due soon, return and extension requests to decide,
/// replies ready to close, and key suggestions in handling.
/// </summary>
public sealed class DashboardModel(DashboardModel.Handler handler) : PageModel
{
    /// <summary>How many items each panel lists; the count and the link cover the rest.</summary>
    public const int Shown = 10;

    public Overview Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Board = await handler.OverviewAsync(values => Url.ListHref(values), ct);

    /// <summary>One suggestion in a panel: what to show under its title, and whether it needs action now (shown in words).</summary>
    public sealed record Item(int Id, string Number, string Title, string Note, string? Alert);

    /// <summary>A panel: how many, the first <see cref="Shown"/>, and the pre-filtered list (null when the list has no such filter).</summary>
    public sealed record Panel(int Count, IReadOnlyList<Item> Items, string? ListHref);

    public sealed record Overview(
        DateOnly Today, int DueSoonDays, int AssignWithinWorkingDays,
        Panel ToReview, Panel ToAssign, int LateToAssign, Panel Overdue, Panel DueSoon,
        Panel ReturnRequests, Panel RepliesToReview, Panel ExtensionRequests, Panel ReadyToClose, Panel KeyInHandling);

    public sealed class Handler(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock)
    {
        /// <param name="listHref">The staff list filtered by the given query values (the page builds it from its route).</param>
        public async Task<Overview> OverviewAsync(Func<IReadOnlyDictionary<string, string>, string> listHref, CancellationToken ct)
        {
            string List(params (string Key, string Value)[] values) => listHref(values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));

            var rules = await rulesProvider.GetAsync(ct);
            var today = ChinaTime.Today(clock.GetUtcNow());
            var days = rules.Settings.DueSoonDays;
            var suggestions = db.Suggestions.AsNoTracking();

            var toReview = suggestions.InStatus(SuggestionStatus.Submitted);
            var reviewItems = await Brief(toReview.OrderBy(s => s.Id)).Take(Shown).ToListAsync(ct);

            // Between-session suggestions are assigned within N working days of receipt (configurable): the late
            // ones are few, so the window is computed here with the working-day calendar.
            var toAssign = suggestions.InStatus(SuggestionStatus.Accepted);
            var betweenSessions = await toAssign.Where(s => s.Source == SuggestionSource.BetweenSessions)
                .Select(s => new { s.Id, s.ReceivedOn })
                .ToListAsync(ct);
            var late = betweenSessions.Where(s => rules.AssignmentDue(s.ReceivedOn) < today).OrderBy(s => s.ReceivedOn).ThenBy(s => s.Id).Select(s => s.Id).ToList();
            var lateShown = late.Take(Shown).ToList();
            var assignItems = await Brief(toAssign.Where(s => lateShown.Contains(s.Id))).ToListAsync(ct);
            assignItems = [.. assignItems.OrderBy(i => lateShown.IndexOf(i.Id))];
            if (assignItems.Count < Shown)
            {
                assignItems.AddRange(await Brief(toAssign.Where(s => !late.Contains(s.Id)).OrderBy(s => s.ReceivedOn).ThenBy(s => s.Id))
                    .Take(Shown - assignItems.Count).ToListAsync(ct));
            }

            var overdue = suggestions.Overdue(today);
            var dueSoon = suggestions.DueWithin(today, days);
            var keyInHandling = suggestions.InHand().Where(s => s.IsKey);

            // Ready to close: the domain keeps the day from which 办结 is allowed (Suggestion.CloseableOn).
            var readyToClose = suggestions.ReadyToClose(today);
            var closeItems = await readyToClose.OrderBy(s => s.Id).Take(Shown)
                .Select(s => new
                {
                    s.Id,
                    s.Number,
                    s.Title,
                    // The kept rating of an answering unit is cleared by each reply: none means a latest reply went unrated.
                    Unrated = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.Satisfaction == null),
                })
                .ToListAsync(ct);

            var returns = db.Suggestions.AsNoTracking().SelectMany(s => s.Assignments
                .AsQueryable().Where(SuggestionFilters.ReturnPending)
                .Select(a => new PendingRequest { Id = s.Id, Number = s.Number, Title = s.Title, Unit = db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(), Reason = a.ReturnReason }));
            var extensions = db.Suggestions.AsNoTracking().SelectMany(s => s.Assignments
                .AsQueryable().Where(SuggestionFilters.ExtensionPending)
                .Select(a => new PendingRequest { Id = s.Id, Number = s.Number, Title = s.Title, Unit = db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(), Reason = a.ExtensionReason }));

            return new Overview(
                today,
                days,
                rules.Settings.AssignWithinWorkingDays,
                new Panel(await toReview.CountAsync(ct), reviewItems.ConvertAll(i => i.Item($"{i.SourceLabel}，收到于{Display.Date(i.ReceivedOn)}")), List(("status", nameof(SuggestionStatus.Submitted)))),
                new Panel(await toAssign.CountAsync(ct), assignItems.ConvertAll(i => late.Contains(i.Id)
                    ? i.Item($"闭会期间，收到于{Display.Date(i.ReceivedOn)}", $"超过{rules.Settings.AssignWithinWorkingDays}个工作日未交办（应于{Display.Date(rules.AssignmentDue(i.ReceivedOn))}前交办）")
                    : i.Item($"{i.SourceLabel}，收到于{Display.Date(i.ReceivedOn)}")), List(("status", nameof(SuggestionStatus.Accepted)))),
                late.Count,
                new Panel(await overdue.CountAsync(ct), (await Brief(overdue.OrderBy(s => s.DueOn).ThenBy(s => s.Id)).Take(Shown).ToListAsync(ct))
                    .ConvertAll(i => i.Item(i.UnitsNote, $"答复期限{Display.Date(i.DueOn)}，已逾期{today.DayNumber - i.DueOn!.Value.DayNumber}天")), List(("overdue", "true"))),
                new Panel(await dueSoon.CountAsync(ct), (await Brief(dueSoon.OrderBy(s => s.DueOn).ThenBy(s => s.Id)).Take(Shown).ToListAsync(ct))
                    .ConvertAll(i => i.Item(i.UnitsNote, DaysLeft(i.DueOn!.Value, today))), List(("due", "true"))),
                await RequestsAsync(returns, "退回理由", ct),
                await ReviewsAsync(ct),
                await RequestsAsync(extensions, "延期理由", ct),
                new Panel(await readyToClose.CountAsync(ct), closeItems.ConvertAll(i => new Item(i.Id, i.Number, i.Title,
                    i.Unrated ? "评价期已过，代表未评价（不计入满意率）" : "代表已评价满意或基本满意", null)), null),
                new Panel(await keyInHandling.CountAsync(ct), (await Brief(keyInHandling.OrderBy(s => s.DueOn).ThenBy(s => s.Id)).Take(Shown).ToListAsync(ct))
                    .ConvertAll(i => i.Item(i.UnitsNote, i.DueOn is { } due && due < today ? $"答复期限{Display.Date(due)}，已逾期{today.DayNumber - due.DayNumber}天" : null)), List(("key", "true"))));
        }

        /// <summary>Replies staff have not reviewed: the public sees none of them yet, and the unit may still correct them.</summary>
        private async Task<Panel> ReviewsAsync(CancellationToken ct)
        {
            var replies = db.Suggestions.AsNoTracking().SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active)
                .SelectMany(a => a.Replies.AsQueryable().Where(SuggestionFilters.AwaitingReview)
                    .Select(r => new { s.Id, s.Number, s.Title, a.UnitId, r.FiledAt, r.IsPublishable })));
            var items = await replies.OrderBy(r => r.FiledAt).Take(Shown)
                .Select(r => new { r.Id, r.Number, r.Title, r.FiledAt, r.IsPublishable, Unit = db.HandlingUnits.Where(u => u.Id == r.UnitId).Select(u => u.Name).FirstOrDefault() })
                .ToListAsync(ct);
            return new Panel(await replies.CountAsync(ct),
                items.ConvertAll(r => new Item(r.Id, r.Number, r.Title, $"{r.Unit}于{Display.DateTime(r.FiledAt)}答复，{(r.IsPublishable ? "同意公开" : "不同意公开")}", null)),
                null);
        }

        private static string DaysLeft(DateOnly due, DateOnly today) =>
            due == today ? $"答复期限{Display.Date(due)}，今天到期" : $"答复期限{Display.Date(due)}，剩{due.DayNumber - today.DayNumber}天";


        private static async Task<Panel> RequestsAsync(IQueryable<PendingRequest> requests, string reasonLabel, CancellationToken ct)
        {
            var items = await requests.OrderBy(r => r.Id).Take(Shown).ToListAsync(ct);
            return new Panel(
                await requests.CountAsync(ct),
                items.ConvertAll(r => new Item(r.Id, r.Number, r.Title, $"{r.Unit}：{reasonLabel}“{r.Reason}”", null)),
                null);
        }

        private sealed class PendingRequest
        {
            public int Id { get; init; }
            public string Number { get; init; } = "";
            public string Title { get; init; } = "";
            public string? Unit { get; init; }
            public string? Reason { get; init; }
        }

        private IQueryable<BriefData> Brief(IQueryable<Suggestion> query) =>
            query.Select(s => new BriefData
            {
                Id = s.Id,
                Number = s.Number,
                Title = s.Title,
                Source = s.Source,
                ReceivedOn = s.ReceivedOn,
                DueOn = s.DueOn,
                Units = s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).OrderBy(a => a.Id)
                    .Select(a => db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() ?? "")
                    .ToList(),
            });

        private sealed class BriefData
        {
            public int Id { get; init; }
            public string Number { get; init; } = "";
            public string Title { get; init; } = "";
            public SuggestionSource Source { get; init; }
            public DateOnly ReceivedOn { get; init; }
            public DateOnly? DueOn { get; init; }
            public List<string> Units { get; init; } = [];

            public string SourceLabel => SuggestionLabels.For(Source);

            public string UnitsNote => Units.Count == 0 ? "未交办" : "承办单位：" + string.Join("、", Units);

            public Item Item(string note, string? alert = null) => new(Id, Number, Title, note, alert);
        }
    }
}
