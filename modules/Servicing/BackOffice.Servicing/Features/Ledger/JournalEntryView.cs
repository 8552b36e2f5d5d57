using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The entry page: what moved, when the books carry it and when it took effect, who posted it, and its source.</summary>
internal sealed record JournalEntryView(
    Guid Id,
    EntryKind Kind,
    DateOnly BusinessDate,
    DateOnly ValueDate,
    Guid? LoanId,
    string? LoanNumber,
    EntryPayment? Payment,
    string Memo,
    string PostedBy,
    DateTimeOffset PostedAt,
    string Currency,
    decimal Debits,
    decimal Credits,
    PagedResult<EntryLineView> Lines);
