using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Streams the chain from the retention anchor and compares it with every record kept outside it: the head, the
/// daily checkpoints and the frozen reports. Each finding names what is missing or altered.
/// </summary>
internal sealed class VerifyAuditTrailHandler(ComplianceDbContext db, AuditKeyRing keys) : IQueryHandler<VerifyAuditTrailQuery, AuditTrailVerification>
{
    public async ValueTask<AuditTrailVerification> Handle(VerifyAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var retention = await db.AuditAnchors.AsNoTracking().OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().OrderBy(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().ToListAsync(cancellationToken);
        var reports = await db.FrozenReports.AsNoTracking().ToListAsync(cancellationToken);
        var verifier = new ChainVerifier(keys, retention, head, [.. checkpoints, .. reports]);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        var check = verifier.Finish();
        return new AuditTrailVerification(check.IsIntact, check.EntriesChecked, check.End.Sequence, check.FirstBrokenSequence, check.Findings);
    }
}
