using BackOffice.Servicing.Features.Shared;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Payments;

/// <summary>Refunds late fees as a complaint's remedy; audited.</summary>
internal sealed class RefundFeesHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, IAuditTrail audit)
    : ICommandHandler<RefundFeesCommand, decimal>
{
    public async ValueTask<decimal> Handle(RefundFeesCommand command, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.LoanNumber == command.LoanNumber, cancellationToken)
            ?? throw RequestValidationException.For(nameof(command.LoanNumber), $"There is no loan {command.LoanNumber}.");
        var refunded = FieldRefusal.Beside(
            () => loan.RefundFees(command.Amount, policy.Value), (LoanRefusals.RefundNotPositive, nameof(command.Amount)));
        await audit.RecordAsync(new AuditRecord(ServicingAuditActions.FeesRefunded, command.By, $"loan:{loan.LoanNumber}",
            $"{refunded} refunded: {command.Reason}"), cancellationToken);
        return refunded;
    }
}
