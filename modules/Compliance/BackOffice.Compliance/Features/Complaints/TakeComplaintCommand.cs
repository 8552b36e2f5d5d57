using BackOffice.Compliance.Persistence;
using Mediator;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record TakeComplaintCommand(Guid ComplaintId, string HandlerId) : ICommand;

internal sealed class TakeComplaintHandler(ComplianceDbContext db, TimeProvider clock) : ICommandHandler<TakeComplaintCommand>
{
    public async ValueTask<Unit> Handle(TakeComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken);
        complaint.AssignHandler(command.HandlerId, clock.GetUtcNow());
        return Unit.Value;
    }
}
