using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Persistence;
using Mediator;

namespace BackOffice.Origination.Contracts;

/// <summary>Registers a partner dealer; its API clients are created for it afterwards.</summary>
public sealed record RegisterDealerCommand(string Name, string Code, string ContactEmail, string RegisteredBy) : ICommand<Guid>;

public sealed record DealerQuery(Guid DealerId) : IQuery<DealerDto?>;

public sealed record DealersQuery(string? Search = null, int Page = 1) : IQuery<PagedResult<DealerDto>>;

public sealed record DealerDto(Guid Id, string Name, string Code, string ContactEmail, DateTimeOffset RegisteredAt);

/// <summary>A dealer may now send applications; other modules keep what they need of it.</summary>
public sealed record DealerRegisteredIntegrationEvent(Guid DealerId, string Name, string Code) : IntegrationEvent;

/// <summary>A decision on an application, automated or an underwriter's; Compliance keeps it in the audit trail.</summary>
public sealed record ApplicationDecidedIntegrationEvent(
    Guid ApplicationId, Guid DealerId, string Outcome, string DecidedBy, string PolicyVersion, IReadOnlyList<string> ReasonCodes) : IntegrationEvent;

/// <summary>The borrower as booked; <see cref="MonthlyIncome"/> is the verified income when the underwriter verified it.</summary>
public sealed record BorrowerDetails(
    string FullName, string IdType, string IdNumber, DateOnly DateOfBirth, string Phone, string Address, string TimeZone, decimal MonthlyIncome);

public sealed record FinancedVehicle(string Vin, string Make, string Model, int Year, decimal Price);

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
    string InterestMethod,
    int TermMonths,
    decimal Installment,
    decimal Fees,
    decimal Apr,
    DateOnly BookedOn,
    DateOnly FirstDueDate,
    BorrowerDetails Borrower,
    FinancedVehicle Vehicle) : IntegrationEvent;
