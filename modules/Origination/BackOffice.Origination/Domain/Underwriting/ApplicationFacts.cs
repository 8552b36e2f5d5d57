using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>Everything the rules look at, and nothing else: the same facts and policy give the same decision.</summary>
internal sealed record ApplicationFacts(
    DateOnly ApplicationDate,
    DateOnly DateOfBirth,
    decimal MonthlyIncome,
    decimal MonthlyDebts,
    decimal VehiclePrice,
    int VehicleYear,
    decimal Amount,
    int TermMonths,
    Product Product,
    int OtherOpenApplicationsOfApplicant,
    int OtherOpenApplicationsForVehicle);
