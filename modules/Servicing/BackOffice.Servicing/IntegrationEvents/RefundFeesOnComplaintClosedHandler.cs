using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Shared;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.IntegrationEvents;

/// <summary>
/// A complaint closed with a fee refund as its remedy: the loan's late fees are refunded once, however often the
/// fact is delivered, and only as far as there are fees to refund (the audit entry says how much was).
/// </summary>
internal sealed class RefundFeesOnComplaintClosedHandler(ServicingDbContext context, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : IntegrationEventHandler<ComplaintClosedIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(ComplaintClosedIntegrationEvent closed, CancellationToken cancellationToken)
    {
        if (closed.FeeRefund <= 0m
            || await Context.WholeLoans.FirstOrDefaultAsync(l => l.LoanNumber == closed.LoanReference, cancellationToken) is not { } loan)
        {
            return;
        }

        var before = loan.ArrearsFigures;
        var refunded = loan.RefundFees(closed.FeeRefund, policy.Value);
        ArrearsNews.PublishIfChanged(Context, loan, before, closed.OccurredAt);
        Context.Audit(new AuditRecord(ServicingAuditActions.FeesRefunded, closed.ClosedBy, $"loan:{loan.LoanNumber}",
            $"{refunded} of {closed.FeeRefund} refunded: complaint {closed.Reference}"), closed.OccurredAt);
    }
}
