namespace BackOffice.Servicing.Contracts;

/// <summary>
/// Loan numbers people can read out on the phone: the booking year and eight characters of the loan id. A contract, so
/// every module names a booked loan the way Servicing does from the booking alone.
/// </summary>
public static class LoanNumbers
{
    public static string For(Guid loanId, DateOnly bookedOn) =>
        $"L-{bookedOn.Year}-{loanId.ToString("N")[^8..].ToUpperInvariant()}";
}
