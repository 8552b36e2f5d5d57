namespace BackOffice.Compliance.Features.Violations;

internal sealed record Trend(string Key, int Open, int Confirmed, int Dismissed);
