using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>Every account's balance at the end of <see cref="On"/>: a debit or a credit, the two columns equal in total.</summary>
internal sealed record TrialBalance(DateOnly On, DateOnly? LastClosed, string Currency, IReadOnlyList<TrialBalanceRow> Rows)
{
    public decimal Debits => Rows.Sum(r => r.Debit);

    public decimal Credits => Rows.Sum(r => r.Credit);

    public bool Balanced => Debits == Credits;
}
