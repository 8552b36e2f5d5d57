using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using FluentValidation;
using Mediator;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record CloseComplaintCommand(Guid ComplaintId, ComplaintOutcome? Outcome, string? Remedy, string By) : ICommand;

internal sealed class CloseComplaintValidator : AbstractValidator<CloseComplaintCommand>
{
    public CloseComplaintValidator() => RuleFor(c => c.Outcome).NotNull().WithMessage("Choose the outcome.");
}

/// <summary>Closing upheld (wholly or partly) tells the other modules about each collector concerned.</summary>
internal sealed class CloseComplaintHandler(ComplianceDbContext db, IAuditTrail audit, TimeProvider clock) : ICommandHandler<CloseComplaintCommand>
{
    public async ValueTask<Unit> Handle(CloseComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Close(command.By, command.Outcome!.Value, command.Remedy?.Trim(), now);
        if (command.Outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartlyUpheld)
        {
            foreach (var collector in complaint.CollectorIds)
            {
                db.Publish(new ComplaintUpheldIntegrationEvent(complaint.Id, collector, ChannelOf(complaint.Category), complaint.Summary)
                {
                    OccurredAt = now,
                });
                db.Violations.Add(new Violation(ViolationSource.UpheldComplaint, collector, $"complaint.{complaint.Category}", complaint.Reference,
                    complaint.Summary, now, complaint.Id));
            }
        }

        await audit.RecordAsync(new AuditRecord(ComplianceAuditActions.ComplaintClosed, command.By, $"complaint:{complaint.Reference}",
            $"{command.Outcome}; {(complaint.ClosedAt <= complaint.Deadline ? "within" : "after")} the deadline"), cancellationToken);
        return Unit.Value;
    }

    /// <summary>The contact channel a complaint of this kind concerns.</summary>
    private static ComplaintChannel ChannelOf(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ThirdPartyDisclosure or ComplaintCategory.Harassment or ComplaintCategory.ContactAtNight
            or ComplaintCategory.AbusiveLanguage => ComplaintChannel.PhoneAndSms,
        _ => ComplaintChannel.Letters,
    };
}
