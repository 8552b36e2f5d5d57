using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.DecideApplication;

/// <summary>The underwriter's decision on a referred application: approve (possibly a changed amount or term) or decline.</summary>
internal sealed record DecideApplicationCommand(
    Guid ApplicationId, bool Approve, decimal? Amount, int? TermMonths, string? Reason, string Underwriter) : ICommand;

internal sealed class DecideApplicationValidator : AbstractValidator<DecideApplicationCommand>
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

internal sealed class DecideApplicationHandler(OriginationDbContext db, IOptions<UnderwritingPolicy> policy, TimeProvider clock)
    : ICommandHandler<DecideApplicationCommand>
{
    public async ValueTask<Unit> Handle(DecideApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.FindApplicationAsync(command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        if (command.Approve)
        {
            var product = application.Product;
            var terms = policy.Value.TermsOffered(product);
            if (command.Amount < product.MinAmount || command.Amount > product.MaxAmount || !terms.Contains(command.TermMonths!.Value))
            {
                throw RequestValidationException.For(nameof(command.Amount),
                    $"{product.Code} finances {product.MinAmount:0} to {product.MaxAmount:0} over {string.Join(", ", terms)} months.");
            }

            var conflicts = await db.CountConflictsAsync(application.Applicant.IdNumber, application.Vehicle.Vin, application.Id, cancellationToken);
            var facts = application.FactsFor(
                command.Amount!.Value, command.TermMonths!.Value,
                application.VerifiedIncome ?? application.Employment.GrossMonthlyIncome,
                application.VerifiedDebts ?? application.Employment.MonthlyDebtPayments,
                conflicts);
            application.ApproveByUnderwriter(Underwriter.Decide(facts, policy.Value), command.Underwriter, command.Reason!, now);
        }
        else
        {
            application.DeclineByUnderwriter(command.Underwriter, command.Reason!, now);
        }

        db.Publish(new ApplicationDecidedIntegrationEvent(
            application.Id, application.DealerId, command.Approve ? Decision.Approve : Decision.Decline, command.Underwriter,
            application.PolicyVersion, [.. application.RuleResults.Where(r => r.Outcome != RuleOutcome.Pass).Select(r => r.Code)])
        { OccurredAt = now });
        return Unit.Value;
    }
}
