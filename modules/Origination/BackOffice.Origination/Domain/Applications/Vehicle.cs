using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Applications;

internal sealed record Vehicle(string Vin, string Make, string Model, int Year, decimal Price, VehicleCondition Condition);
