namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The months, latest first; the close of business's last date and the latest reconciliation, which the close rule reads.</summary>
internal sealed record LedgerPeriodsView(IReadOnlyList<PeriodLine> Months, DateOnly? BusinessDateClosed, DateOnly? ReconciledAfter, bool? Reconciled);
