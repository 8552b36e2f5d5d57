namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// A balanced journal entry: debits equal credits, every amount positive and on one side. Entries are never
/// changed or deleted (the DbContext refuses it); a correction is a new entry. <see cref="BusinessDate"/> is the
/// date the books carry it on; <see cref="ValueDate"/> the date the movement took effect (a payment's value date),
/// earlier when a late movement was posted into the open period.
/// </summary>
internal sealed class JournalEntry
{
    private readonly List<JournalLine> lines = [];

    private JournalEntry()
    {
    }

    private JournalEntry(
        EntryKind kind, DateOnly? businessDate, DateOnly valueDate, Guid? loanId, Guid? sourceId, string memo, string by, IEnumerable<JournalLine> posted)
    {
        PostedBy = by;
        Id = Guid.CreateVersion7();
        Kind = kind;
        BusinessDate = businessDate ?? default;
        ValueDate = valueDate;
        LoanId = loanId;
        SourceId = sourceId;
        Memo = memo;
        lines.AddRange(posted);
        foreach (var line in lines)
        {
            line.BelongTo(Id);
        }

        var debits = lines.Sum(l => l.Debit);
        if (lines.Count < 2 || lines.Any(l => l.Debit < 0m || l.Credit < 0m || (l.Debit == 0m) == (l.Credit == 0m)) || debits != lines.Sum(l => l.Credit))
        {
            throw new UnbalancedEntryException(kind, debits, lines.Sum(l => l.Credit));
        }
    }

    public Guid Id { get; private set; }

    public EntryKind Kind { get; private set; }

    /// <summary>The business date the ledger carries the entry on; unset until saved for a movement outside the close of business.</summary>
    public DateOnly BusinessDate { get; private set; }

    public DateOnly ValueDate { get; private set; }

    /// <summary>The loan the entry is about; null for an entry summing many loans (the close of business's accruals).</summary>
    public Guid? LoanId { get; private set; }

    /// <summary>What caused it: the payment, plan or close-of-business run.</summary>
    public Guid? SourceId { get; private set; }

    public string Memo { get; private set; } = "";

    public string PostedBy { get; private set; } = "";

    public DateTimeOffset PostedAt { get; private set; }

    public IReadOnlyList<JournalLine> Lines => lines;

    public decimal Total => lines.Sum(l => l.Debit);

    /// <summary>An entry for one loan's movement, one line per role that moved; refused unless it balances.</summary>
    public static JournalEntry ForLoan(EntryKind kind, DateOnly? businessDate, DateOnly valueDate, Guid loanId, Guid? sourceId, string memo,
        string by, IEnumerable<(LedgerRole Role, decimal Amount)> moves, ChartOfAccounts chart) =>
        new(kind, businessDate, valueDate, loanId, sourceId, memo, by,
            moves.Select(m => new JournalLine(chart.CodeOf(m.Role), m.Role, loanId, Math.Max(m.Amount, 0m), Math.Max(-m.Amount, 0m))));

    /// <summary>An entry from lines already made (the close of business's sum of many loans); refused unless it balances.</summary>
    public static JournalEntry FromLines(EntryKind kind, DateOnly date, Guid? sourceId, string memo, string by, IEnumerable<JournalLine> posted) =>
        new(kind, date, date, null, sourceId, memo, by, posted);

    /// <summary>
    /// Stamps what the unit of work knows when the entry is saved: when, and — for a movement outside the close of
    /// business — the open business date, so a late movement lands in the open period with its own value date.
    /// </summary>
    internal void Stamp(DateTimeOffset at, DateOnly openDate)
    {
        PostedAt = at;
        if (BusinessDate == default)
        {
            BusinessDate = openDate;
        }
    }
}

/// <summary>
/// A posting whose debits do not equal its credits, or with a line on both sides or none. Never written: it can
/// only come from a defect in the code that derives the entry, so it fails the whole change.
/// </summary>
internal sealed class UnbalancedEntryException(EntryKind kind, decimal debits, decimal credits)
    : InvalidOperationException($"A {kind} entry must balance: debits {debits:0.00}, credits {credits:0.00}.");
