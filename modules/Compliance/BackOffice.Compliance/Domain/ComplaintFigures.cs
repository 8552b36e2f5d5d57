namespace BackOffice.Compliance.Domain;

/// <summary>Complaints in the period: Compliance's own part of the report.</summary>
internal sealed record ComplaintFigures(
    int Received, int Closed, decimal ClosedWithinDeadlinePercent, IReadOnlyDictionary<string, int> ByCategory, decimal UpheldRatePercent,
    decimal PerTenThousandAccounts, int RegulatorReferred, int OverdueOpen);
