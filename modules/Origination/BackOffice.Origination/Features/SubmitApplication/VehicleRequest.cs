using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Features.SubmitApplication;

public sealed record VehicleRequest(string? Vin, string? Make, string? Model, int? Year, decimal? Price, VehicleCondition? Condition);
