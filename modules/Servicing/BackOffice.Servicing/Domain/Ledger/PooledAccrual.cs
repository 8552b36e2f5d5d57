namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// The interest a batch of loans accrued in the close of business on a day nothing else moved on them, as one entry:
/// a line on the interest receivable and one on interest income, none per loan (each loan keeps its share in
/// <see cref="LoanAccount.AccrualPooled"/>). A million loans then post two lines a batch instead of a line each,
/// which is what lets the close of business stay within its minute (ADR 14).
/// </summary>
internal static class PooledAccrual
{
    public static JournalEntry? Entry(DateOnly date, decimal accrued, int loans, ChartOfAccounts chart)
    {
        if (accrued == 0m)
        {
            return null;
        }

        JournalLine Line(LedgerRole role, decimal amount) => new(chart.CodeOf(role), role, null, Math.Max(amount, 0m), Math.Max(-amount, 0m));
        return JournalEntry.FromLines(
            EntryKind.Accrual, date, null, $"Interest accrued on {loans:N0} loans, close of business {date:yyyy-MM-dd}", JournalAuthors.CloseOfBusiness,
            [Line(LedgerRole.InterestReceivable, accrued), Line(LedgerRole.InterestIncome, -accrued)]);
    }
}
