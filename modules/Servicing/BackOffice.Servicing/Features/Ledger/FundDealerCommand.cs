using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>An accountant records that the dealer was paid for the car, with the bank's reference; once per loan.</summary>
internal sealed record FundDealerCommand(Guid LoanId, string Reference, string By) : ICommand<Guid>;

internal sealed class FundDealerValidator : AbstractValidator<FundDealerCommand>
{
    public FundDealerValidator() =>
        RuleFor(c => c.Reference).NotEmpty().WithMessage("Give the bank's reference of the payment to the dealer.").MaximumLength(100);
}

internal sealed class FundDealerHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, BusinessCalendar calendar, TimeProvider clock)
    : ICommandHandler<FundDealerCommand, Guid>
{
    public async ValueTask<Guid> Handle(FundDealerCommand command, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.Id == command.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        loan.FundDealer(command.Reference, calendar.Today, command.By, policy.Value.Ledger);
        db.Audit(new AuditRecord(ServicingAuditActions.DealerFunded, command.By, $"loan:{loan.LoanNumber}",
            $"{loan.DealerFunded:0.00} {loan.Currency}, reference {command.Reference}"), clock.GetUtcNow());
        return loan.Id;
    }
}
