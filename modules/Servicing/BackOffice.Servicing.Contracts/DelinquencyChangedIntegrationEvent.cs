using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>The close of business moved the loan to another delinquency bucket ("current", "1-29", … "90+").</summary>
public sealed record DelinquencyChangedIntegrationEvent(
    Guid LoanId, string LoanNumber, DateOnly BusinessDate, string PreviousBucket, string Bucket, int DaysPastDue, decimal AmountOverdue,
    decimal OutstandingPrincipal, int EarlyWarningScore) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
