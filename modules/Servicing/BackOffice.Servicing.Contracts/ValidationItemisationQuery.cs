namespace BackOffice.Servicing.Contracts;

/// <summary>
/// The figures a US validation notice itemises (Reg F §1006.34(c)(2)(vi)–(viii)), from the loan's ledger at this moment;
/// null when there is no such loan.
/// </summary>
public sealed record ValidationItemisationQuery(string LoanNumber) : Mediator.IQuery<ValidationItemisation?>;

/// <summary>
/// The itemisation date is the transaction date (§1006.34(b)(3)(iv)): the day the loan was booked, the same for every
/// loan and every notice. Since then: interest and fees charged, payments and credits (waived interest); the current
/// amount is the payoff today, so owed + interest + fees − payments and credits = current, to the cent.
/// </summary>
public sealed record ValidationItemisation(
    DateOnly ItemisationDate, decimal OwedAtItemisation, decimal Interest, decimal Fees, decimal PaymentsAndCredits, decimal Current,
    string Currency);
