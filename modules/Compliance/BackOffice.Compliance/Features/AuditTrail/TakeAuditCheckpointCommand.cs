using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Shared;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>Records the chain's head as the day's checkpoint, sealed with the audit key; once a day. Null when there was nothing to take.</summary>
internal sealed record TakeAuditCheckpointCommand : ICommand<AuditCheckpoint?>;

internal sealed class TakeAuditCheckpointHandler(ComplianceDbContext db, AuditKeyRing keys, TimeProvider clock)
    : ICommandHandler<TakeAuditCheckpointCommand, AuditCheckpoint?>
{
    public async ValueTask<AuditCheckpoint?> Handle(TakeAuditCheckpointCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var head = await ChainTail.ReadAsync(db, cancellationToken);
        if (head.Sequence == 0 || await db.AuditCheckpoints.AnyAsync(c => c.Day == day, cancellationToken))
        {
            return null;
        }

        // Another host taking today's checkpoint at the same moment is a lost race on the day's key: the unit of
        // work decides again, finds it taken, and answers null.
        var checkpoint = new AuditCheckpoint(day, head, now, keys.Current);
        db.AuditCheckpoints.Add(checkpoint);
        return checkpoint;
    }
}
