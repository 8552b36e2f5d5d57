using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Violations;

internal sealed record ReviewViolationCommand(Guid ViolationId, bool Confirm, string? Reason, string By) : ICommand;

internal sealed class ReviewViolationHandler(ComplianceDbContext db, TimeProvider clock) : ICommandHandler<ReviewViolationCommand>
{
    public async ValueTask<Unit> Handle(ReviewViolationCommand command, CancellationToken cancellationToken)
    {
        var violation = await db.Violations.FirstOrDefaultAsync(v => v.Id == command.ViolationId, cancellationToken)
            ?? throw new NotFoundException("Violation");
        violation.Review(command.Confirm, command.Reason, command.By);
        var action = command.Confirm ? ComplianceAuditActions.ViolationConfirmed : ComplianceAuditActions.ViolationDismissed;
        db.Audit(new AuditRecord(action, command.By, $"violation:{violation.Id}",
            $"{violation.Source} {violation.Rule} {violation.CollectorId}: {command.Reason}"), clock.GetUtcNow());
        return Unit.Value;
    }
}
