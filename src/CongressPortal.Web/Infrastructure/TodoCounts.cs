using System.Security.Claims;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Deputy.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The to-do counts in the page header, each a link to the list that holds the items: staff see what waits for
/// review, for assignment and what is overdue; a unit what waits to be accepted and answered; a deputy the replies
/// to rate. Accounts with only the administrator or auditor role, and the public, see nothing (and cost no query).
/// </summary>
public sealed class TodoCountsViewComponent(TodoCountsViewComponent.Handler handler, ILogger<TodoCountsViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        IReadOnlyList<Todo> todos;
        try
        {
            todos = await handler.HandleAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
        }
        catch (Exception exception) when (DbErrors.IsUnavailable(exception))
        {
            // The header is on every page, the error page included: without the database it shows no counts
            // rather than failing the page (the page's own content decides whether the request fails).
            logger.LogWarning(exception, "To-do counts unavailable");
            return Content("");
        }
        return todos.Count == 0 ? Content("") : View(todos);
    }

    /// <summary>One count and the list that holds its items: a page name and its route values; the unit counted (件, 条).</summary>
    public sealed record Todo(string Key, string Label, int Count, string Page, object? Values = null, string Unit = "件");

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Todo>> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            var todos = new List<Todo>();
            if (user.Identity?.IsAuthenticated != true) return todos;
            var today = ChinaTime.Today(clock.GetUtcNow());
            var suggestions = db.Suggestions.AsNoTracking();

            if (user.IsInRole(PortalRole.Staff))
            {
                todos.Add(new("staff-submitted", "待审查", await suggestions.CountAsync(s => s.Status == SuggestionStatus.Submitted, ct),
                    "/Staff/Suggestions/Index", new { status = nameof(SuggestionStatus.Submitted) }));
                todos.Add(new("staff-accepted", "待交办", await suggestions.CountAsync(s => s.Status == SuggestionStatus.Accepted, ct),
                    "/Staff/Suggestions/Index", new { status = nameof(SuggestionStatus.Accepted) }));
                todos.Add(new("staff-overdue", "已逾期", await suggestions.Overdue(today).CountAsync(ct), "/Staff/Suggestions/Index", new { overdue = "true" }));
                // 备案审查: deadlines passed (format check, review, the body's reply) and citizens' review requests not answered.
                todos.Add(new("staff-filing-overdue", "备案审查逾期",
                    await FilingReviewStore.Overdue(db.NormativeDocumentFilings.AsNoTracking(), today).CountAsync(ct), "/Staff/FilingReview/Index", new { overdue = "true" }));
                todos.Add(new("staff-review-requests", "待答复审查建议",
                    await FilingReviewStore.Unanswered(db.ReviewRequests.AsNoTracking()).CountAsync(ct), "/Staff/FilingReview/Requests/Index"));
                // 立法: records awaiting the province's approval whose four months (立法法 Art. 81) end within 30 days or have ended.
                todos.Add(new("staff-approval", "报批临期",
                    await LegislationStore.ApprovalNeedsAttention(db.LegislationRecords.AsNoTracking(), today).CountAsync(ct), "/Staff/Legislation/Index"));
                // 法规草案公开征求意见: comments from the public that no one has checked yet (they count nowhere until checked).
                todos.Add(new("staff-draft-comments", "待审核意见", await DraftDesk.AwaitingCheckAsync(db.DraftCommentTallies.AsNoTracking(), ct), "/Staff/Drafts/Index", Unit: "条"));
            }

            if (user.IsInRole(PortalRole.HandlingUnit) && user.GetUnitId() is { } unitId)
            {
                // Parts of suggestions still being handled: a withdrawn suggestion keeps its assignments but waits for nothing.
                var mine = suggestions
                    .Where(s => s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling)
                    .SelectMany(s => s.Assignments)
                    .Where(a => a.UnitId == unitId);
                todos.Add(new("unit-accept", "待签收", await mine.CountAsync(a => a.State == AssignmentState.AwaitingAcceptance, ct), "/Unit/Index"));
                // Accepted or sent back for re-handling, and not yet answered (a co-handling unit answers with its opinion).
                todos.Add(new("unit-reply", "待答复", await mine.CountAsync(a => a.State == AssignmentState.Accepted || a.State == AssignmentState.Rehandling, ct), "/Unit/Index"));
                // Supervision: the handling reports this body owes as reporting body (the topic keeps the due date while one is owed).
                todos.Add(new("unit-supervision", "待报送监督报告",
                    await db.SupervisionTopics.AsNoTracking().CountAsync(t => t.ReportingUnitId == unitId && t.ReportDueOn != null, ct), "/Unit/Supervision/Index"));
            }

            if (user.IsInRole(PortalRole.Deputy) && user.GetDeputyId() is { } deputyId)
            {
                todos.Add(new("deputy-rate", "待评价", await suggestions.AwaitingRatingBy(deputyId, today).CountAsync(ct), "/Deputy/Suggestions/Index"));
                todos.Add(new("deputy-sign", "待确认联名", await ProposalStore.AwaitingAnswerOf(db.Proposals.AsNoTracking(), deputyId).CountAsync(ct), "/Deputy/Proposals/Index"));
            }
            // 消息中心 (issue 15, part D): the unread messages of the roles that receive reminders.
            if (user.IsInRole(PortalRole.Staff) || user.IsInRole(PortalRole.HandlingUnit) || user.IsInRole(PortalRole.Deputy))
            {
                var userId = user.GetUserId();
                todos.Add(new("notifications", "消息", await db.Notifications.AsNoTracking().CountAsync(n => n.RecipientId == userId && n.ReadAt == null, ct),
                    "/Notifications/Index", Unit: "条"));
            }
            return todos;
        }
    }
}
