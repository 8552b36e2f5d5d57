using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;
using FluentValidation;
using Mediator;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record CloseComplaintCommand(
    Guid ComplaintId, ComplaintOutcome? Outcome, string? Remedy, decimal? FeeRefund, bool Apology, string By) : ICommand;

internal sealed class CloseComplaintValidator : AbstractValidator<CloseComplaintCommand>
{
    public CloseComplaintValidator()
    {
        RuleFor(c => c.Outcome).NotNull().WithMessage("Choose the outcome.");
        RuleFor(c => c.Remedy).MaximumLength(2000);
        RuleFor(c => c.FeeRefund).GreaterThanOrEqualTo(0m).LessThanOrEqualTo(1_000_000m).PrecisionScale(18, 2, ignoreTrailingZeros: true);
    }
}

/// <summary>
/// Closes the case and grants its remedies in one transaction: the closing, the violations and the facts the other
/// modules act on (the collectors concerned for Training; the refund for Servicing, the apology for Collections)
/// commit together, so a crash cannot keep the case closed without its remedy, and a second close is refused.
/// </summary>
internal sealed class CloseComplaintHandler(ComplianceDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<CloseComplaintCommand>
{
    public async ValueTask<Unit> Handle(CloseComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken);
        var now = clock.GetUtcNow();
        if (command.FeeRefund is > 0m && complaint.LoanReference is { Length: > 0 } loan)
        {
            await RequireRefundableAsync(loan, command.FeeRefund.Value, cancellationToken);
        }

        complaint.Close(command.By, command.Outcome!.Value, command.Remedy?.Trim(), command.FeeRefund ?? 0m, command.Apology, now);
        db.Publish(new ComplaintClosedIntegrationEvent(
            complaint.Id, complaint.Reference, complaint.LoanReference, complaint.FeeRefund, complaint.Apology, command.By) { OccurredAt = now });
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

        db.Audit(new AuditRecord(ComplianceAuditActions.ComplaintClosed, command.By, $"complaint:{complaint.Reference}",
            $"{command.Outcome}; {(complaint.ClosedAt <= complaint.Deadline ? "within" : "after")} the deadline"), clock.GetUtcNow());
        return Unit.Value;
    }

    /// <summary>A refund the loan cannot give is refused before the case closes, so the remedy granted is one that happens.</summary>
    private async Task RequireRefundableAsync(string loan, decimal refund, CancellationToken cancellationToken)
    {
        var fees = await sender.Send(new LateFeesQuery(loan), cancellationToken);
        if (fees is null)
        {
            throw RequestValidationException.For("refund", $"There is no loan {loan} to refund fees on; nothing was saved.");
        }

        if (refund > fees)
        {
            throw RequestValidationException.For("refund", $"Loan {loan} has {fees:0.00} of late fees to refund; nothing was saved.");
        }
    }

    /// <summary>The contact channel a complaint of this kind concerns.</summary>
    private static ComplaintChannel ChannelOf(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ThirdPartyDisclosure or ComplaintCategory.Harassment or ComplaintCategory.ContactAtNight
            or ComplaintCategory.AbusiveLanguage => ComplaintChannel.PhoneAndSms,
        _ => ComplaintChannel.Letters,
    };
}
