using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data;

/// <summary>
/// Upkeep of <see cref="Domain.Suggestions.SuggestionTally"/> (ADR 0020). The trigger appends a row of −1 and one of +1 for
/// each counted change; <see cref="CompactAsync"/> folds each combination's rows into one, so that the table stays a few
/// thousand rows whatever the number of changes. The notification worker calls it on its one node every scan.
/// </summary>
public static class SuggestionTallies
{
    /// <summary>The columns that make a combination, in the trigger's order.</summary>
    public const string Combination = "session_id, year, category_id, classification, status, assigned, replied, replied_on_time, met_deputy, rehandled, satisfaction, in_hand_due_on, unrated_until";

    /// <summary>
    /// Folds the rows of each combination into one and drops the combinations that came to nothing, in one statement: a
    /// reader sees either the rows before or the rows after (the same sums), and rows a save appends meanwhile are not in
    /// this statement's snapshot, so they are neither deleted nor counted twice. Nothing is rewritten when every
    /// combination already has one row. Returns the number of combinations that had more than one.
    /// </summary>
    public static async Task<int> CompactAsync(AppDbContext db, CancellationToken ct)
    {
        var split = await db.Database.SqlQueryRaw<int>(
            $"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM suggestion_tallies GROUP BY {Combination} HAVING count(*) > 1) AS split").SingleAsync(ct);
        if (split == 0) return 0;
        await db.Database.ExecuteSqlRawAsync($"""
            WITH gone AS (DELETE FROM suggestion_tallies RETURNING *)
            INSERT INTO suggestion_tallies ({Combination}, suggestions, commitments_open, commitments_done)
            SELECT {Combination}, sum(suggestions), sum(commitments_open), sum(commitments_done)
            FROM gone
            GROUP BY {Combination}
            HAVING sum(suggestions) <> 0 OR sum(commitments_open) <> 0 OR sum(commitments_done) <> 0;
            """, ct);
        return split;
    }
}
