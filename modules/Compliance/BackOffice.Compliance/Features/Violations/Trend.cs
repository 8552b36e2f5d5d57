namespace BackOffice.Compliance.Features.Violations;

public sealed record Trend(string Key, int Open, int Confirmed, int Dismissed);
