namespace BackOffice.Servicing.Domain;

internal sealed record Vehicle(string Vin, string Make, string Model, int Year);
