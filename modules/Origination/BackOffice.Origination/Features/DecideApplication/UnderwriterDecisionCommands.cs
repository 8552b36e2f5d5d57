using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.DecideApplication;

/// <summary>The underwriter checked income and debts against documents; the rules run again on the verified numbers.</summary>
public sealed record VerifyIncomeCommand(Guid ApplicationId, decimal? VerifiedIncome, decimal? VerifiedDebts, string Underwriter) : ICommand;

/// <summary>The underwriter's decision on a referred application: approve (possibly a changed amount or term) or decline.</summary>
public sealed record DecideApplicationCommand(Guid ApplicationId, bool Approve, decimal? Amount, int? TermMonths, string? Reason, string Underwriter) : ICommand;

public sealed class VerifyIncomeValidator : AbstractValidator<VerifyIncomeCommand>
{
    public VerifyIncomeValidator()
    {
        RuleFor(c => c.VerifiedIncome).NotNull().WithMessage("Enter the verified monthly income.").GreaterThan(0m).WithMessage("The income must be above 0.");
        RuleFor(c => c.VerifiedDebts).NotNull().WithMessage("Enter the verified monthly debt payments.").GreaterThanOrEqualTo(0m).WithMessage("Debts cannot be negative.");
    }
}

public sealed class DecideApplicationValidator : AbstractValidator<DecideApplicationCommand>
{
    public DecideApplicationValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why: the dealer and the audit trail will read it.").MaximumLength(2000);
        When(c => c.Approve, () =>
        {
            RuleFor(c => c.Amount).NotNull().WithMessage("Enter the amount to approve.").GreaterThan(0m);
            RuleFor(c => c.TermMonths).NotNull().WithMessage("Enter the term to approve.");
        });
    }
}

public sealed class UnderwriterDecisionHandler(OriginationDbContext db, IOptions<UnderwritingPolicy> policy, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<VerifyIncomeCommand>, ICommandHandler<DecideApplicationCommand>
{
    public async ValueTask<Unit> Handle(VerifyIncomeCommand command, CancellationToken cancellationToken)
    {
        var application = await FindAsync(command.ApplicationId, cancellationToken);
        var facts = await FactsAsync(application, application.Offer.Amount, application.Offer.TermMonths, command.VerifiedIncome!.Value, command.VerifiedDebts!.Value, cancellationToken);
        application.RecordVerification(facts.MonthlyIncome, facts.MonthlyDebts, Underwriter.Decide(facts, policy.Value), clock.GetUtcNow());
        await audit.RecordAsync(new AuditRecord(AuditActions.ApplicationIncomeVerified, command.Underwriter, $"application:{application.Id}",
            $"income {facts.MonthlyIncome}, debts {facts.MonthlyDebts} (declared {application.Employment.GrossMonthlyIncome}, {application.Employment.MonthlyDebtPayments})"), cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(DecideApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await FindAsync(command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        if (command.Approve)
        {
            var product = application.Product;
            if (command.Amount < product.MinAmount || command.Amount > product.MaxAmount || !product.Terms.Contains(command.TermMonths!.Value))
            {
                throw RequestValidationException.For(nameof(command.Amount),
                    $"{product.Code} finances {product.MinAmount:0} to {product.MaxAmount:0} over {string.Join(", ", product.Terms)} months.");
            }

            var facts = await FactsAsync(application, command.Amount!.Value, command.TermMonths!.Value,
                application.VerifiedIncome ?? application.Employment.GrossMonthlyIncome, application.VerifiedDebts ?? application.Employment.MonthlyDebtPayments, cancellationToken);
            application.ApproveByUnderwriter(Underwriter.Decide(facts, policy.Value), command.Underwriter, command.Reason!, now);
        }
        else
        {
            application.DeclineByUnderwriter(command.Underwriter, command.Reason!, now);
        }

        db.Publish(new ApplicationDecidedIntegrationEvent(application.Id, application.DealerId, command.Approve ? nameof(Decision.Approve) : nameof(Decision.Decline),
            command.Underwriter, application.PolicyVersion, [.. application.RuleResults.Where(r => r.Outcome != RuleOutcome.Pass).Select(r => r.Code)]) { OccurredAt = now });
        return Unit.Value;
    }

    private async Task<LoanApplication> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Applications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Application");

    private async Task<ApplicationFacts> FactsAsync(LoanApplication application, decimal amount, int term, decimal income, decimal debts, CancellationToken cancellationToken)
    {
        var (sameApplicant, sameVehicle) = await db.CountConflictsAsync(application.Applicant.IdNumber, application.Vehicle.Vin, application.Id, cancellationToken);
        return new ApplicationFacts(
            DateOnly.FromDateTime(application.SubmittedAt.UtcDateTime), application.Applicant.DateOfBirth, income, debts,
            application.Vehicle.Price, application.Vehicle.Year, amount, term, ProductCatalogue.Find(application.ProductCode)!, sameApplicant, sameVehicle);
    }
}
