namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// A month of the books, closed by an accountant: no entry may be carried on a date in it any more. A movement
/// that belongs to it and comes late is carried on the open business date, with its own value date.
/// </summary>
internal sealed class LedgerPeriod
{
    private LedgerPeriod()
    {
    }

    internal LedgerPeriod(DateOnly month, string closedBy, DateTimeOffset closedAt)
    {
        Month = new DateOnly(month.Year, month.Month, 1);
        ClosedBy = closedBy;
        ClosedAt = closedAt;
    }

    /// <summary>The first day of the month closed.</summary>
    public DateOnly Month { get; private set; }

    public DateOnly LastDay => Month.AddMonths(1).AddDays(-1);

    public string ClosedBy { get; private set; } = "";

    public DateTimeOffset ClosedAt { get; private set; }
}
