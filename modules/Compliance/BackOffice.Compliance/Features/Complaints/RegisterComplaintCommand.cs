using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record RegisterComplaintCommand(
    ComplaintSource? Source, ComplaintCategory? Category, bool IsComplex, string? LoanReference,
    IReadOnlyList<string> CollectorIds, string? Summary, string By) : ICommand<Guid>;

internal sealed class RegisterComplaintValidator : AbstractValidator<RegisterComplaintCommand>
{
    public RegisterComplaintValidator()
    {
        RuleFor(c => c.Source).NotNull().WithMessage("Say who complains: a borrower, a dealer, or the regulator.");
        RuleFor(c => c.Category).NotNull().WithMessage("Choose a category.");
        RuleFor(c => c.Summary).NotEmpty().WithMessage("Describe the complaint.").MaximumLength(4000);
        RuleFor(c => c.LoanReference).MaximumLength(60);
    }
}

internal sealed class RegisterComplaintHandler(ComplianceDbContext db, IOptions<PolicyPackOptions> pack, TimeProvider clock)
    : ICommandHandler<RegisterComplaintCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterComplaintCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = await db.Complaints.CountAsync(cancellationToken);
        IReadOnlyList<string> collectors = [.. command.CollectorIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct()];
        var complaint = Complaint.Register($"C-{now:yyyyMM}-{count + 1:D5}", command.Source!.Value, command.Category!.Value, command.IsComplex,
            command.LoanReference?.Trim(), collectors, command.Summary!.Trim(), now, ComplaintDeadlines.For(pack.Value.IsUnitedStates));
        db.Complaints.Add(complaint);
        db.Audit(new AuditRecord(ComplianceAuditActions.ComplaintRegistered, command.By, $"complaint:{complaint.Reference}",
            $"{complaint.Source} {complaint.Category}; due {complaint.Deadline.UtcDateTime:yyyy-MM-dd}"), clock.GetUtcNow());
        return complaint.Id;
    }
}
