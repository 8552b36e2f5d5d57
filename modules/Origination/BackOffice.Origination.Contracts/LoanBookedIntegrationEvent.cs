using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Origination.Contracts;

/// <summary>
/// The dealer confirmed the signed contract: the loan exists. Carries everything Servicing needs to open the
/// account and rebuild its schedule (amounts in <see cref="Currency"/>, rates as fractions, 0.065 = 6.5 %).
/// </summary>
public sealed record LoanBookedIntegrationEvent(
    Guid LoanId,
    Guid ApplicationId,
    Guid DealerId,
    string ProductCode,
    string Currency,
    decimal Principal,
    decimal AnnualRate,
    InterestMethod InterestMethod,
    int TermMonths,
    decimal Installment,
    decimal Fees,
    decimal Apr,
    DateOnly BookedOn,
    DateOnly FirstDueDate,
    BorrowerDetails Borrower,
    FinancedVehicle Vehicle) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("application", ApplicationId);
}
