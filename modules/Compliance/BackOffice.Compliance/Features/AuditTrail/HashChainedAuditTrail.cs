using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Appends to the hash chain in a context of its own, so an audit entry never rides on (or waits for)
/// another unit of work. Appends are serialised in this process; a second host racing for the same
/// sequence number fails on the key and retries on the new tail.
/// </summary>
internal sealed class HashChainedAuditTrail(IServiceScopeFactory scopes, TimeProvider clock) : IAuditTrail
{
    private const int MaxAttempts = 5;
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
                var tail = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
                db.AuditEntries.Add(AuditEntry.Append(tail, clock.GetUtcNow(), record.Action, record.Actor, record.Subject, record.Details));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    // Another host took this sequence number; read the new tail and try again.
                }
            }
        }
        finally
        {
            AppendLock.Release();
        }
    }
}
