using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Coverage;

internal sealed record ReinstateCertificationCommand(Guid CertificationId, string By) : ICommand;

internal sealed class ReinstateCertificationHandler(TrainingDbContext db, TimeProvider clock) : ICommandHandler<ReinstateCertificationCommand>
{
    public async ValueTask<Unit> Handle(ReinstateCertificationCommand command, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.FirstOrDefaultAsync(c => c.Id == command.CertificationId, cancellationToken)
            ?? throw new NotFoundException("Certification");
        certification.Reinstate(clock.GetUtcNow());
        db.Publish(new CertificationReinstatedIntegrationEvent(
            certification.Id, certification.StaffId, certification.Channel, command.By) { OccurredAt = clock.GetUtcNow() });
        return Unit.Value;
    }
}
