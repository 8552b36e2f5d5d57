namespace BackOffice.Servicing.Domain;

/// <summary>Loan numbers people can read out on the phone: the booking year and eight characters of the loan id.</summary>
internal static class LoanNumbers
{
    public static string For(Guid loanId, DateOnly bookedOn) =>
        $"L-{bookedOn.Year}-{loanId.ToString("N")[^8..].ToUpperInvariant()}";
}
