using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>
/// The loan's amount overdue or days past due changed without a bucket change (a bucket change says so in
/// <see cref="DelinquencyChangedIntegrationEvent"/>, with the same figures): a payment posted or reversed, a plan, a
/// fee refund, or a close of business in which days past due grew or a late fee was charged. <paramref name="AsOf"/>
/// is the last business date closed when it happened; a payment after the day's close carries the same date as the
/// close and comes after it.
/// </summary>
public sealed record LoanArrearsChangedIntegrationEvent(
    Guid LoanId, string LoanNumber, DateOnly AsOf, string Bucket, int DaysPastDue, decimal AmountOverdue, decimal OutstandingPrincipal,
    int EarlyWarningScore) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
