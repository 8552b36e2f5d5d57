using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Coverage;

/// <summary>A trainer or compliance officer takes a collector off a channel, with a reason.</summary>
internal sealed record SuspendCertificationCommand(Guid CertificationId, string Reason, string By) : ICommand;

internal sealed class SuspendCertificationValidator : AbstractValidator<SuspendCertificationCommand>
{
    public SuspendCertificationValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the certification is suspended.");
}

internal sealed class SuspendCertificationHandler(TrainingDbContext db, TimeProvider clock) : ICommandHandler<SuspendCertificationCommand>
{
    public async ValueTask<Unit> Handle(SuspendCertificationCommand command, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.FirstOrDefaultAsync(c => c.Id == command.CertificationId, cancellationToken)
            ?? throw new NotFoundException("Certification");
        certification.Suspend(command.Reason.Trim());
        db.Publish(new CertificationSuspendedIntegrationEvent(
            certification.Id, certification.StaffId, certification.Channel, certification.SuspensionReason!, command.By)
        {
            OccurredAt = clock.GetUtcNow(),
        });
        return Unit.Value;
    }
}
