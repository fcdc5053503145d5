using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview;

/// <summary>
/// Shared steps of the filing review tests: filings registered through the store on a chosen day (the test clock moves,
/// since the filing date is the server's), actions on a saved filing as a page would take them, review requests sent.
/// </summary>
public abstract class StaffFilingReviewTest(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    protected static readonly Actor Clerk = Actor.Staff("测试工作人员");

    protected static string FilingPage(int id) => $"/Staff/FilingReview/Details/{id}";

    protected static string RequestPage(int id) => $"/Staff/FilingReview/Requests/{id}";

    /// <summary>09:00 Beijing time on <paramref name="day"/>.</summary>
    protected static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    protected static FilingDraft Draft(string title = "示例市城市绿化管理办法", string number = "示政规〔2026〕1号", DateOnly? publishedOn = null,
        FilingBody body = FilingBody.Government, NormativeDocumentKind kind = NormativeDocumentKind.GovernmentRule) =>
        new(body, kind, title, number, publishedOn ?? Today.AddDays(-10), "内容摘要。");

    /// <summary>Registers a filing on <paramref name="filedOn"/> (today by default); the clock is back to the start afterwards.</summary>
    protected async Task<int> FilingAsync(FilingDraft? draft = null, DateOnly? filedOn = null)
    {
        draft ??= Draft();
        if (filedOn is { } day) App.Clock.Set(At(day));
        try
        {
            return await ServiceAsync<FilingReviewStore, int>(async store =>
            {
                var result = await store.RegisterAsync(draft, Clerk, default);
                if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
                return result.Value;
            });
        }
        finally
        {
            App.Clock.Reset();
        }
    }

    /// <summary>Runs a domain action on a saved filing on <paramref name="on"/> (today by default), as a page would, and saves.</summary>
    protected async Task ActAsync(int id, Action<NormativeDocumentFiling, WorkingDayCalendar, DateTimeOffset> action, DateOnly? on = null)
    {
        if (on is { } day) App.Clock.Set(At(day));
        try
        {
            await ServiceAsync<FilingReviewStore, bool>(async store =>
            {
                var version = await store.Filings.AsNoTracking().Where(f => f.Id == id).Select(f => f.Version).SingleAsync();
                var result = await store.ActAsync(id, version, action, null, default);
                if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
                return true;
            });
        }
        finally
        {
            App.Clock.Reset();
        }
    }

    protected Task<NormativeDocumentFiling> StoredFilingAsync(int id) =>
        DbAsync(db => db.NormativeDocumentFilings.AsNoTracking().SingleAsync(f => f.Id == id));

    protected Task<ReviewRequest> StoredRequestAsync(int id) =>
        DbAsync(db => db.ReviewRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>A review request as the public form would store it; returns its id and receipt code.</summary>
    protected Task<(int Id, string Code)> RequestAsync(string title = "示例市城市绿化管理办法", string reasons = "第十二条设定的罚款超出了上位法规定的幅度。",
        string? name = "李公民", string contact = "13912345678") =>
        ServiceAsync<FilingReviewStore, (int, string)>(async store =>
        {
            var result = await store.SubmitRequestAsync(new ReviewRequestDraft(title, null, reasons, name, contact), default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            var id = await store.Requests.AsNoTracking().Where(r => r.ReceiptCode == result.Value).Select(r => r.Id).SingleAsync();
            return (id, result.Value!);
        });
}
