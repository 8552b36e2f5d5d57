using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ApproveExtensionCommand(Guid ComplaintId, string By) : ICommand;

internal sealed class ApproveExtensionHandler(ComplianceDbContext db, IOptions<PolicyPackOptions> pack, TimeProvider clock)
    : ICommandHandler<ApproveExtensionCommand>
{
    public async ValueTask<Unit> Handle(ApproveExtensionCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken);
        complaint.ApproveExtension(ComplaintDeadlines.For(pack.Value.IsUnitedStates));
        db.Audit(new AuditRecord(ComplianceAuditActions.ComplaintExtended, command.By, $"complaint:{complaint.Reference}",
            $"due {complaint.Deadline.UtcDateTime:yyyy-MM-dd}"), clock.GetUtcNow());
        return Unit.Value;
    }
}
