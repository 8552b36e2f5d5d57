using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>Not ready while the latest reconciliation found the ledger and the loans apart: money figures cannot be trusted.</summary>
internal sealed class LedgerHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var last = await db.LedgerReconciliations.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return last is null || last.Balanced
            ? HealthCheckResult.Healthy(last is null ? "not reconciled yet" : $"reconciled after {last.BusinessDate:yyyy-MM-dd}")
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"the ledger does not reconcile after {last.BusinessDate:yyyy-MM-dd}: {last.DifferenceCount} differences");
    }
}
