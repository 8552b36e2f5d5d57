using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>One entry on the loan: what it moved on each control account and the balances after it.</summary>
internal sealed record LoanLedgerRow(
    Guid EntryId, DateOnly BusinessDate, DateOnly ValueDate, EntryKind Kind, string Memo,
    Dictionary<LedgerRole, decimal> Moved, Dictionary<LedgerRole, decimal> Balance);
