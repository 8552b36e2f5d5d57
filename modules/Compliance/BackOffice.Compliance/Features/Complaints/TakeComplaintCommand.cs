using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.Extensions.Localization;

namespace BackOffice.Compliance.Features.Complaints;

/// <summary>
/// A compliance officer takes the case, also from another handler. Taking is a choice rather than a step the case
/// refuses on its own, so the page sends the version the officer saw (<see cref="ExpectedVersion"/>): two officers
/// taking one case at once get one handler, and the other is told who has it instead of silently taking it over.
/// </summary>
internal sealed record TakeComplaintCommand(Guid ComplaintId, string HandlerId, Guid? ExpectedVersion = null) : ICommand;

internal sealed class TakeComplaintHandler(
    ComplianceDbContext db, IStaffDirectory staff, IStringLocalizer<ComplianceResource> localizer, TimeProvider clock)
    : ICommandHandler<TakeComplaintCommand>
{
    public async ValueTask<Unit> Handle(TakeComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken);
        if (command.ExpectedVersion is { } seen && seen != complaint.Version)
        {
            var holder = complaint.HandlerId is { } id ? (await staff.FindAsync(id, cancellationToken))?.DisplayName ?? id : null;
            throw new ConflictException("taken-meanwhile", holder is null
                ? localizer["This complaint changed a moment ago; nothing you sent was saved. Look at it again."].Value
                : localizer["{0} took this complaint a moment ago; nothing you sent was saved.", holder].Value);
        }

        complaint.AssignHandler(command.HandlerId, clock.GetUtcNow());
        return Unit.Value;
    }
}
