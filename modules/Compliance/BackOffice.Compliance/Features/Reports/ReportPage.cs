using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Reports;

internal sealed record ReportPage(DateOnly From, DateOnly To, RegulatorReport? Report, IReadOnlyList<FrozenReport> Archive)
{
    /// <summary>The frozen report of the same period and pack, if any, to compare with the recalculation.</summary>
    public FrozenReport? Frozen => Report is null ? null : Archive.FirstOrDefault(a => a.From == Report.From && a.To == Report.To && a.Pack == Report.Pack);
}
