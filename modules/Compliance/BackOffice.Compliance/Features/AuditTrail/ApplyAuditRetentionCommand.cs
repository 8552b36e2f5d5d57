using BackOffice.BuildingBlocks;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Removes audit entries older than the pack's retention period — never one inside it — and moves the anchor
/// so the rest of the chain still verifies.
/// </summary>
internal sealed record ApplyAuditRetentionCommand : ICommand<int>;

internal sealed class ApplyAuditRetentionHandler(ComplianceDbContext db, IOptions<PolicyPackOptions> pack, TimeProvider clock)
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

        var anchor = await db.AuditAnchors.FirstOrDefaultAsync(cancellationToken);
        if (anchor is null)
        {
            db.AuditAnchors.Add(new AuditAnchor(lastExpired.Sequence, lastExpired.Hash, now));
        }
        else
        {
            anchor.MoveTo(lastExpired.Sequence, lastExpired.Hash, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.AuditEntries.Where(e => e.Sequence <= lastExpired.Sequence).ExecuteDeleteAsync(cancellationToken);
    }
}
