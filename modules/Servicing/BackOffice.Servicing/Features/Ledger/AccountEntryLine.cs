using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>An entry as the account sees it: what it debited or credited there.</summary>
internal sealed record AccountEntryLine(
    Guid EntryId, DateOnly BusinessDate, DateOnly ValueDate, EntryKind Kind, string Memo, Guid? LoanId, string? LoanNumber, decimal Debit, decimal Credit);
