namespace BackOffice.Servicing.Domain;

/// <summary>
/// The codes of the business-rule refusals a loan account gives about what it was asked; a feature whose page has a
/// field for the value maps the code to that field (<see cref="FieldRefusal"/>).
/// </summary>
internal static class LoanRefusals
{
    public const string PaymentNotPositive = "payment-not-positive";
    public const string PaymentDecimals = "payment-decimals";
    public const string PaymentBeforeBooking = "payment-before-booking";
    public const string ReversalUnexplained = "reversal-unexplained";
    public const string RefundNotPositive = "refund-not-positive";
    public const string RefundDecimals = "refund-decimals";
    public const string RefundUnexplained = "refund-unexplained";
    public const string RefundAboveCredit = "refund-above-credit";
    public const string LoanPaidOff = "loan-paid-off";
    public const string PaymentAbovePayoff = "payment-above-payoff";
    public const string CreditRefunded = "credit-refunded";
    public const string PayoffDatePassed = "payoff-date-passed";
    public const string PlanUnexplained = "plan-unexplained";
    public const string DeferSize = "defer-size";
    public const string ExtendSize = "extend-size";
    public const string TermLimit = "term-limit";
}
