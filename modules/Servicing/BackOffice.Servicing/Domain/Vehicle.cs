namespace BackOffice.Servicing.Domain;

public sealed record Vehicle(string Vin, string Make, string Model, int Year);
