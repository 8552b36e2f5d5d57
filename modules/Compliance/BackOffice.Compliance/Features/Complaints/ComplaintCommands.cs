using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.Complaints;

public sealed record RegisterComplaintCommand(
    ComplaintSource? Source, ComplaintCategory? Category, bool IsComplex, string? LoanReference,
    IReadOnlyList<string> CollectorIds, string? Summary, string By) : ICommand<Guid>;

public sealed record TakeComplaintCommand(Guid ComplaintId, string HandlerId) : ICommand;

public sealed record AddCaseNoteCommand(Guid ComplaintId, string? Text, string By) : ICommand;

public sealed record ApproveExtensionCommand(Guid ComplaintId, string By) : ICommand;

public sealed record CloseComplaintCommand(Guid ComplaintId, ComplaintOutcome? Outcome, string? Remedy, string By) : ICommand;

public sealed class RegisterComplaintValidator : AbstractValidator<RegisterComplaintCommand>
{
    public RegisterComplaintValidator()
    {
        RuleFor(c => c.Source).NotNull().WithMessage("Say who complains: a borrower, a dealer, or the regulator.");
        RuleFor(c => c.Category).NotNull().WithMessage("Choose a category.");
        RuleFor(c => c.Summary).NotEmpty().WithMessage("Describe the complaint.").MaximumLength(4000);
        RuleFor(c => c.LoanReference).MaximumLength(60);
    }
}

public sealed class ComplaintHandlers(ComplianceDbContext db, IAuditTrail audit, IOptions<PolicyPackOptions> pack, TimeProvider clock)
    : ICommandHandler<RegisterComplaintCommand, Guid>, ICommandHandler<TakeComplaintCommand>, ICommandHandler<AddCaseNoteCommand>,
      ICommandHandler<ApproveExtensionCommand>, ICommandHandler<CloseComplaintCommand>
{
    private ComplaintDeadlines Deadlines => ComplaintDeadlines.For(pack.Value.IsUnitedStates);

    public async ValueTask<Guid> Handle(RegisterComplaintCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = await db.Complaints.CountAsync(cancellationToken);
        var complaint = Complaint.Register($"C-{now:yyyyMM}-{count + 1:D5}", command.Source!.Value, command.Category!.Value, command.IsComplex,
            command.LoanReference?.Trim(), [.. command.CollectorIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct()], command.Summary!.Trim(), now, Deadlines);
        db.Complaints.Add(complaint);
        await audit.RecordAsync(new AuditRecord("complaint.registered", command.By, $"complaint:{complaint.Reference}",
            $"{complaint.Source} {complaint.Category}; due {complaint.Deadline.UtcDateTime:yyyy-MM-dd}"), cancellationToken);
        return complaint.Id;
    }

    public async ValueTask<Unit> Handle(TakeComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(command.ComplaintId, cancellationToken);
        complaint.AssignHandler(command.HandlerId, clock.GetUtcNow());
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(AddCaseNoteCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            throw RequestValidationException.For("Text", "Write the note or describe the evidence.");
        }

        (await FindAsync(command.ComplaintId, cancellationToken)).AddNote(command.By, command.Text.Trim(), clock.GetUtcNow());
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ApproveExtensionCommand command, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(command.ComplaintId, cancellationToken);
        complaint.ApproveExtension(Deadlines);
        await audit.RecordAsync(new AuditRecord("complaint.extended", command.By, $"complaint:{complaint.Reference}", $"due {complaint.Deadline.UtcDateTime:yyyy-MM-dd}"), cancellationToken);
        return Unit.Value;
    }

    /// <summary>Closing upheld (wholly or partly) tells the other modules about each collector concerned.</summary>
    public async ValueTask<Unit> Handle(CloseComplaintCommand command, CancellationToken cancellationToken)
    {
        if (command.Outcome is null)
        {
            throw RequestValidationException.For("Outcome", "Choose the outcome.");
        }

        var complaint = await FindAsync(command.ComplaintId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Close(command.By, command.Outcome.Value, command.Remedy?.Trim(), now);
        if (command.Outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartlyUpheld)
        {
            foreach (var collector in complaint.CollectorIds)
            {
                db.Publish(new ComplaintUpheldIntegrationEvent(complaint.Id, collector, ChannelOf(complaint.Category), complaint.Summary) { OccurredAt = now });
                db.Violations.Add(new Violation(ViolationSource.UpheldComplaint, collector, $"complaint.{complaint.Category}", complaint.Reference, complaint.Summary, now, complaint.Id));
            }
        }

        await audit.RecordAsync(new AuditRecord("complaint.closed", command.By, $"complaint:{complaint.Reference}",
            $"{command.Outcome}; {(complaint.ClosedAt <= complaint.Deadline ? "within" : "after")} the deadline"), cancellationToken);
        return Unit.Value;
    }

    /// <summary>The contact channel a complaint of this kind concerns (Training's channel names).</summary>
    private static string ChannelOf(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ThirdPartyDisclosure or ComplaintCategory.Harassment or ComplaintCategory.ContactAtNight or ComplaintCategory.AbusiveLanguage => "PhoneAndSms",
        _ => "Letters",
    };

    private async Task<Complaint> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Complaint");
}
