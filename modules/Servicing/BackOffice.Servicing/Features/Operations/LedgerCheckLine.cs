namespace BackOffice.Servicing.Features.Operations;

/// <summary>The latest reconciliation of the ledger to the loans: when, and the differences it found (the first fifty).</summary>
internal sealed record LedgerCheckLine(DateOnly BusinessDate, DateTimeOffset CheckedAt, int LoansChecked, int DifferenceCount, IReadOnlyList<string> Differences)
{
    public bool Balanced => DifferenceCount == 0;
}
