using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

internal sealed record EntryLineView(string Account, string Name, LedgerRole Role, Guid? LoanId, string? LoanNumber, decimal Debit, decimal Credit);
