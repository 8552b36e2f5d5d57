using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>The period asked for, its report (or why there is none), and the archive of frozen reports.</summary>
internal sealed record ReportPage(DateOnly From, DateOnly To, RegulatorReport? Report, string? PeriodProblem, IReadOnlyList<FrozenReportRow> Archive)
{
    /// <summary>The frozen report of the same period and pack, if any, to compare with the recalculation.</summary>
    public FrozenReportRow? Frozen =>
        Report is null ? null : Archive.FirstOrDefault(a => a.From == Report.From && a.To == Report.To && a.Pack == Report.Pack);
}
