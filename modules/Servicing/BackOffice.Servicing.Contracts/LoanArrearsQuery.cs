namespace BackOffice.Servicing.Contracts;

/// <summary>The loan's arrears at this moment (read, not copied: what a collector sees and a message states); null when there is no such loan.</summary>
public sealed record LoanArrearsQuery(Guid LoanId) : Mediator.IQuery<LoanArrears?>;
