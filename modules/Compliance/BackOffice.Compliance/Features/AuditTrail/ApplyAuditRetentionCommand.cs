using BackOffice.BuildingBlocks;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Removes audit entries older than the pack's retention period — never one inside it — and moves the sealed
/// anchor so the rest of the chain still verifies. What would leave is verified first: pruning never takes the
/// evidence of tampering with it.
/// </summary>
internal sealed record ApplyAuditRetentionCommand : ICommand<int>;

internal sealed class ApplyAuditRetentionHandler(ComplianceDbContext db, IOptions<PolicyPackOptions> pack, AuditKeyRing keys, TimeProvider clock)
    : ICommandHandler<ApplyAuditRetentionCommand, int>
{
    public async ValueTask<int> Handle(ApplyAuditRetentionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keepFrom = AuditRetention.KeepFrom(now, pack.Value.IsUnitedStates);
        // Entries are appended in time order, so the expired ones are a prefix of the chain.
        var lastExpired = await db.AuditEntries.AsNoTracking()
            .Where(e => e.OccurredAt < keepFrom)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastExpired is null)
        {
            return 0;
        }

        var anchor = await db.AuditAnchors.OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var check = await VerifyPrefixAsync(anchor, lastExpired.Sequence, cancellationToken);
        if (!check.IsIntact || check.End != lastExpired.Link)
        {
            throw new InvalidOperationException($"Audit retention removed nothing, the entries it would remove do not verify: {check.Problem}");
        }

        if (anchor is null)
        {
            db.AuditAnchors.Add(new AuditAnchor(lastExpired.Link, now, keys.Current));
        }
        else
        {
            anchor.MoveTo(lastExpired.Link, now, keys.Current);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.AuditEntries.Where(e => e.Sequence <= lastExpired.Sequence).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<ChainCheck> VerifyPrefixAsync(AuditAnchor? anchor, long through, CancellationToken cancellationToken)
    {
        var verifier = new ChainVerifier(keys, anchor);
        await foreach (var entry in db.AuditEntries.AsNoTracking().Where(e => e.Sequence <= through).OrderBy(e => e.Sequence)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Finish(wholeChain: false);
    }
}
