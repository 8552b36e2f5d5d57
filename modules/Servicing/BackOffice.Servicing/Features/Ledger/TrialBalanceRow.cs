using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>An account of the trial balance: its balance on the side it falls, the other side zero.</summary>
internal sealed record TrialBalanceRow(string Code, string Name, LedgerRole Role, decimal Debit, decimal Credit);
