using System.Globalization;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.VerifyIncome;

/// <summary>
/// The underwriter checked income and debts against documents; the rules run again on the verified numbers. The
/// numbers are the underwriter's choice, not a step the lifecycle refuses twice: sent from a page that shows an
/// older <paramref name="ExpectedVersion"/>, they would silently replace what someone else verified a moment ago.
/// </summary>
internal sealed record VerifyIncomeCommand(
    Guid ApplicationId, decimal? VerifiedIncome, decimal? VerifiedDebts, string Underwriter, Guid? ExpectedVersion = null) : ICommand;

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

internal sealed class VerifyIncomeHandler(
    OriginationDbContext db, IOptions<UnderwritingPolicy> policy, TimeProvider clock, IStringLocalizer<OriginationResource> text)
    : ICommandHandler<VerifyIncomeCommand>
{
    public async ValueTask<Unit> Handle(VerifyIncomeCommand command, CancellationToken cancellationToken)
    {
        var application = await db.FindApplicationAsync(command.ApplicationId, cancellationToken);
        if (command.ExpectedVersion is { } seen && seen != application.Version)
        {
            throw new ConflictException("changed-meanwhile", text[
                "This application was changed a moment ago (it is now {0}, verified {1} / {2}); nothing you sent was saved. Here it is as it is now.",
                text[application.Status.ToString()], Amount(application.VerifiedIncome), Amount(application.VerifiedDebts)]);
        }

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

    private static string Amount(decimal? amount) => amount?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";
}
