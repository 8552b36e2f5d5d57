using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Shared;
using BackOffice.Compliance.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Appends to the hash chain in a context of its own, so an audit entry never rides on (or waits for)
/// another unit of work. Appends are serialised in this process and the tail of the chain is kept in memory
/// between them; a second host racing for the same sequence number fails on the key, and the tail is read
/// again from the database before retrying. Each entry moves the chain's head in the same commit.
/// </summary>
internal sealed class HashChainedAuditTrail(IServiceScopeFactory scopes, AuditKeyRing keys, TimeProvider clock) : IAuditTrail, IDisposable
{
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim appendLock = new(1, 1);
    private ChainLink tail = ChainLink.Genesis;
    private bool tailKnown;

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            try
            {
                await AppendAsync(db, record, cancellationToken);
                return;
            }
            catch (DbUpdateException taken) when (attempt < MaxAttempts && UniqueKeys.Violated(taken))
            {
                // Another host took this sequence number; the tail was forgotten, so the next try reads it anew.
            }
        }
    }

    /// <summary>
    /// Adds the entry to <paramref name="db"/>, with whatever else is pending there (an inbox row), and commits
    /// them together: an event's audit entry and the record that it was handled stand or fall as one.
    /// </summary>
    public async Task AppendAsync(ComplianceDbContext db, AuditRecord record, CancellationToken cancellationToken)
    {
        await appendLock.WaitAsync(cancellationToken);
        try
        {
            if (!tailKnown)
            {
                tail = await ChainTail.ReadAsync(db, cancellationToken);
                tailKnown = true;
            }

            var entry = AuditEntry.AppendAfter(tail, keys.Current, clock.GetUtcNow(), record.Action, record.Actor, record.Subject, record.Details);
            db.AuditEntries.Add(entry);
            if (await db.AuditChainHeads.OrderBy(h => h.Id).FirstOrDefaultAsync(cancellationToken) is { } head)
            {
                head.MoveTo(entry.Link, keys.Current);
            }
            else
            {
                db.AuditChainHeads.Add(new AuditChainHead(entry.Link, keys.Current));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                tail = entry.Link;
            }
            catch
            {
                tailKnown = false;
                db.ChangeTracker.Clear();
                throw;
            }
        }
        finally
        {
            appendLock.Release();
        }
    }

    public void Dispose() => appendLock.Dispose();
}
