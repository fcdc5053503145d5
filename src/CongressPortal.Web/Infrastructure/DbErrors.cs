using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CongressPortal.Web.Infrastructure;

/// <summary>Turns PostgreSQL constraint violations into what the user should be told.</summary>
public static class DbErrors
{
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public static bool IsForeignKeyViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    public const string InUse = "该记录已被其他数据引用，不能删除。如不再使用，请改为“停用”：停用后不再出现在新建时的选项中，历史数据保持不变。";

    /// <summary>The database could not be reached or did not answer (EF wraps such failures in its execution strategy's exception).</summary>
    public static bool IsUnavailable(Exception exception) =>
        exception is System.Data.Common.DbException or TimeoutException
        || (exception is InvalidOperationException && exception.InnerException is System.Data.Common.DbException or TimeoutException);
}
