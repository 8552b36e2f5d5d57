namespace BackOffice.Origination.Contracts;

public sealed record FinancedVehicle(string Vin, string Make, string Model, int Year, decimal Price);
