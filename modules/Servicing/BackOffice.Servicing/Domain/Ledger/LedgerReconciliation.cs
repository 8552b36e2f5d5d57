namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// The ledger checked against the loans after a close of business: every loan's own figures against what its
/// entries posted, and every control account against the sum of the loans. A difference is an alert on the
/// operations page and makes the host not ready until a later check finds none.
/// </summary>
internal sealed class LedgerReconciliation
{
    private LedgerReconciliation()
    {
    }

    internal LedgerReconciliation(
        DateOnly businessDate, DateTimeOffset checkedAt, int loansChecked, IReadOnlyList<string> differences, LedgerPosition generalLedger, long linesThrough)
    {
        GeneralLedger = generalLedger;
        LinesThrough = linesThrough;
        BusinessDate = businessDate;
        CheckedAt = checkedAt;
        LoansChecked = loansChecked;
        Differences = string.Join('\n', differences.Take(50));
        DifferenceCount = differences.Count;
    }

    public long Id { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    public int LoansChecked { get; private set; }

    public int DifferenceCount { get; private set; }

    /// <summary>The first differences found, one per line ("L-2026-000123 InterestReceivable: loan 12.50, posted 10.00").</summary>
    public string Differences { get; private set; } = "";

    public bool Balanced => DifferenceCount == 0;

    /// <summary>Every account's balance over the lines through <see cref="LinesThrough"/>: the next check adds only the lines after.</summary>
    public LedgerPosition GeneralLedger { get; private set; } = LedgerPosition.Zero;

    public long LinesThrough { get; private set; }
}
