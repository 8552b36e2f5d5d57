namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>One side of a journal entry: an amount debited or credited to one account, for one loan where it concerns one.</summary>
internal sealed class JournalLine
{
    private JournalLine()
    {
    }

    internal JournalLine(string account, LedgerRole role, Guid? loanId, decimal debit, decimal credit)
    {
        Account = account;
        Role = role;
        LoanId = loanId;
        Debit = debit;
        Credit = credit;
    }

    public long Id { get; private set; }

    public Guid EntryId { get; private set; }

    public string Account { get; private set; } = "";

    public LedgerRole Role { get; private set; }

    /// <summary>The loan on a control account's line; null on an income line of an entry that sums many loans.</summary>
    public Guid? LoanId { get; private set; }

    public decimal Debit { get; private set; }

    public decimal Credit { get; private set; }

    internal void BelongTo(Guid entryId) => EntryId = entryId;

    /// <summary>Debit less credit.</summary>
    public decimal Net => Debit - Credit;
}
