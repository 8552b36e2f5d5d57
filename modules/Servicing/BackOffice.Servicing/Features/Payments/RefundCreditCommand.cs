using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Payments;

/// <summary>Pays credit held on a loan back to the borrower (an overpayment, a refunded fee after payoff); answers the credit left.</summary>
internal sealed record RefundCreditCommand(Guid LoanId, decimal Amount, string Reason, string By) : ICommand<decimal>;

internal sealed class RefundCreditValidator : AbstractValidator<RefundCreditCommand>
{
    public RefundCreditValidator()
    {
        RuleFor(c => c.Amount).GreaterThan(0m).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the credit is paid back.").MaximumLength(400);
    }
}

internal sealed class RefundCreditHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : ICommandHandler<RefundCreditCommand, decimal>
{
    public async ValueTask<decimal> Handle(RefundCreditCommand command, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.Id == command.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        var refund = loan.RefundCredit(command.Amount, command.Reason, command.By, clock.GetUtcNow(), policy.Value);
        db.Audit(new AuditRecord(ServicingAuditActions.CreditRefunded, command.By, $"loan:{loan.LoanNumber}",
            $"{refund.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {loan.Currency}: {refund.Reason}"),
            clock.GetUtcNow());
        return loan.CreditBalance;
    }
}
