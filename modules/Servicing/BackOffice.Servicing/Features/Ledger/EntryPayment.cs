namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The payment an entry posted (or reversed).</summary>
internal sealed record EntryPayment(Guid Id, string Reference, decimal Amount, DateOnly ValueDate, bool IsReversed);
