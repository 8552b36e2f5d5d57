using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.RegisterDealer;

internal sealed class RegisterDealerHandler(OriginationDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterDealerCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterDealerCommand command, CancellationToken cancellationToken)
    {
        // Uniqueness needs the database, so it is checked here rather than in the (stateless) validator.
        if (await db.Dealers.AnyAsync(d => d.Code == command.Code.Trim().ToUpperInvariant(), cancellationToken))
        {
            throw RequestValidationException.For(nameof(command.Code), "Another dealer already has this code.");
        }

        var now = clock.GetUtcNow();
        var dealer = new Dealer(Guid.CreateVersion7(), command.Name.Trim(), command.Code.Trim(), command.ContactEmail.Trim(), now);
        db.Dealers.Add(dealer);
        db.Publish(new DealerRegisteredIntegrationEvent(dealer.Id, dealer.Name, dealer.Code) { OccurredAt = now });
        db.Audit(new AuditRecord(OriginationAuditActions.DealerRegistered, command.RegisteredBy, $"dealer:{dealer.Id}", dealer.Code), clock.GetUtcNow());
        return dealer.Id;
    }
}
