using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongressPortal.Web.Data;

/// <summary>
/// Server-side prepared statements for the few public queries that run on every uncached render (the reply search, the
/// deputy profile). Planning those took more of PostgreSQL's time than running them (docs/benchmarks.md); prepared, a
/// connection plans each once and then reuses the plan. Only queries marked with <see cref="Prepared{T}"/> are prepared:
/// switching preparation on for every query (Npgsql's <c>Max Auto Prepare</c>) would let PostgreSQL settle on a generic
/// plan for date-range filters that reads every row (docs/benchmarks.md, "Uncached renders again"), so a query is marked
/// only after its generic plan was checked on the million-suggestion database, and date ranges go in as constants.
/// </summary>
public static class PreparedQueries
{
    /// <summary>The comment EF puts first in the SQL of a marked query (<c>-- prepared</c>).</summary>
    public const string Tag = "prepared";

    private const string Marker = "-- " + Tag;

    /// <summary>Marks the query to run as a prepared statement on its connection.</summary>
    public static IQueryable<T> Prepared<T>(this IQueryable<T> query) => query.TagWith(Tag);

    internal static bool IsMarked(DbCommand command) => command.CommandText.StartsWith(Marker, StringComparison.Ordinal);
}

/// <summary>
/// Prepares the commands of queries marked with <see cref="PreparedQueries.Prepared{T}"/> before they run. Npgsql keeps a
/// prepared statement on its physical connection across pool returns (the pool does not reset connections), so after the
/// first time on a connection preparing is a lookup by the SQL text.
/// </summary>
public sealed class PreparingInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (PreparedQueries.IsMarked(command)) command.Prepare();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (PreparedQueries.IsMarked(command)) await command.PrepareAsync(cancellationToken);
        return result;
    }
}
