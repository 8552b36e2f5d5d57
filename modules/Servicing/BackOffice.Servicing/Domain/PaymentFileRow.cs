namespace BackOffice.Servicing.Domain;

/// <summary>One line of a bank file: what it says, and what is wrong with it if anything.</summary>
internal sealed record PaymentFileRow(int Line, string Reference, string LoanNumber, decimal Amount, DateOnly ValueDate, string? Error);
