using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>One page of an account's entries in a period.</summary>
internal sealed record AccountEntries(
    string Code, string Name, LedgerRole? Role, DateOnly From, DateOnly To, string Currency, PagedResult<AccountEntryLine> Entries);
