using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.VerifyIncome;

/// <summary>The underwriter checked income and debts against documents; the rules run again on the verified numbers.</summary>
internal sealed record VerifyIncomeCommand(Guid ApplicationId, decimal? VerifiedIncome, decimal? VerifiedDebts, string Underwriter) : ICommand;

internal sealed class VerifyIncomeValidator : AbstractValidator<VerifyIncomeCommand>
{
    public VerifyIncomeValidator()
    {
        RuleFor(c => c.VerifiedIncome).NotNull().WithMessage("Enter the verified monthly income.")
            .GreaterThan(0m).WithMessage("The income must be above 0.");
        RuleFor(c => c.VerifiedDebts).NotNull().WithMessage("Enter the verified monthly debt payments.")
            .GreaterThanOrEqualTo(0m).WithMessage("Debts cannot be negative.");
    }
}

internal sealed class VerifyIncomeHandler(OriginationDbContext db, IOptions<UnderwritingPolicy> policy, TimeProvider clock)
    : ICommandHandler<VerifyIncomeCommand>
{
    public async ValueTask<Unit> Handle(VerifyIncomeCommand command, CancellationToken cancellationToken)
    {
        var application = await db.FindApplicationAsync(command.ApplicationId, cancellationToken);
        var conflicts = await db.CountConflictsAsync(application.Applicant.IdNumber, application.Vehicle.Vin, application.Id, cancellationToken);
        var facts = application.FactsFor(
            application.Offer.Amount, application.Offer.TermMonths, command.VerifiedIncome!.Value, command.VerifiedDebts!.Value, conflicts);
        application.RecordVerification(facts.MonthlyIncome, facts.MonthlyDebts, Underwriter.Decide(facts, policy.Value), clock.GetUtcNow());
        var declared = application.Employment;
        db.Audit(new AuditRecord(
                OriginationAuditActions.ApplicationIncomeVerified, command.Underwriter, $"application:{application.Id}",
                $"income {facts.MonthlyIncome}, debts {facts.MonthlyDebts} (declared {declared.GrossMonthlyIncome}, {declared.MonthlyDebtPayments})"), clock.GetUtcNow());
        return Unit.Value;
    }
}
