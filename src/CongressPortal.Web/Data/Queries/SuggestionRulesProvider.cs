using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>The suggestion settings, classifications and working-day calendar, loaded once per request.</summary>
public sealed class SuggestionRulesProvider(AppDbContext db, WorkingCalendarProvider calendar)
{
    private SuggestionRules? _rules;

    public async Task<SuggestionRules> GetAsync(CancellationToken ct = default)
    {
        if (_rules is not null) return _rules;
        var settings = await db.SuggestionSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? SuggestionSettings.Defaults();
        var classifications = await db.ReplyClassifications.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
        if (classifications.Count == 0) classifications = [.. ReplyClassification.Defaults()];
        return _rules = new SuggestionRules(settings, classifications, await calendar.GetAsync(ct));
    }
}
