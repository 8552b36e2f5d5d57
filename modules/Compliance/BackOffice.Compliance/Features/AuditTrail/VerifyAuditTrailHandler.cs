using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.AuditTrail;

internal sealed class VerifyAuditTrailHandler(ComplianceDbContext db) : IQueryHandler<VerifyAuditTrailQuery, AuditTrailVerification>
{
    public async ValueTask<AuditTrailVerification> Handle(VerifyAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var verifier = ChainVerifier.FromAnchor(await db.AuditAnchors.AsNoTracking().FirstOrDefaultAsync(cancellationToken));
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        var check = verifier.Result;
        return new AuditTrailVerification(check.IsIntact, check.EntriesChecked, check.FirstBrokenSequence, check.Problem);
    }
}
