namespace BackOffice.Servicing.Contracts;

/// <summary>
/// A complaint's remedy: late fees refunded on a loan (waived; money already paid for them is applied again). Answers the amount refunded.
/// </summary>
public sealed record RefundFeesCommand(string LoanNumber, decimal Amount, string Reason, string By) : Mediator.ICommand<decimal>;
