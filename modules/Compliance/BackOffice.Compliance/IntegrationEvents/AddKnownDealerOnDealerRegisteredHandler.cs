using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using BackOffice.Origination.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Keeps a register of dealers so complaints can name them without asking Origination each time.</summary>
internal sealed class AddKnownDealerOnDealerRegisteredHandler(ComplianceDbContext context, TimeProvider clock)
    : IntegrationEventHandler<DealerRegisteredIntegrationEvent, ComplianceDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(DealerRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await Context.KnownDealers.FindAsync([integrationEvent.DealerId], cancellationToken) is null)
        {
            Context.KnownDealers.Add(new KnownDealer(integrationEvent.DealerId, integrationEvent.Name, integrationEvent.OccurredAt));
        }
    }
}
