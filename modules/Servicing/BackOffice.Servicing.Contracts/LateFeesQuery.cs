namespace BackOffice.Servicing.Contracts;

/// <summary>The late fees a loan has been charged and not refunded (what a complaint's remedy can refund); null when there is no such loan.</summary>
public sealed record LateFeesQuery(string LoanNumber) : Mediator.IQuery<decimal?>;
