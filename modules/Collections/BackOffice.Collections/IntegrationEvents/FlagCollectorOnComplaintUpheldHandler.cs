using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Compliance.Contracts;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>An upheld complaint flags the collector on their scorecard (Training suspends and retrains them).</summary>
internal sealed class FlagCollectorOnComplaintUpheldHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<ComplaintUpheldIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(ComplaintUpheldIntegrationEvent upheld, CancellationToken cancellationToken)
    {
        Context.CollectorRecords.Add(new CollectorRecord(
            upheld.CollectorId, Guid.Empty, CollectorRecordKind.ComplaintUpheld, 0m, upheld.OccurredAt, $"complaint {upheld.ComplaintId}"));
        return Task.CompletedTask;
    }
}
