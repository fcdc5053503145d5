using CongressPortal.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CongressPortal.Web.Infrastructure;

/// <summary>/healthz: 200 when the database answers, 503 when it does not. Load balancers take a node out on 503.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
#pragma warning disable CA1031 // Any failure to reach the database means unhealthy; the exception type does not matter here.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database unreachable", exception);
        }
    }
}
