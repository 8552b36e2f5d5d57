using System.Globalization;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// The early-warning scorecard: points per factor, each capped, each with a reason code the care team reads
/// ("late-payments:2" — two of the latest installments paid late). No hidden model: the sum is the score.
/// </summary>
internal static class EarlyWarning
{
    public static (int Score, IReadOnlyList<string> Reasons) Score(LoanAccount loan, EarlyWarningScorecard card)
    {
        var reasons = new List<string>();
        var score = 0;

        void Add(string code, string value, int points)
        {
            if (points <= 0)
            {
                return;
            }

            score += Math.Min(points, card.MaxPointsPerFactor);
            reasons.Add($"{code}:{value}");
        }

        Add("late-payments", Count(loan.RecentLatePayments), loan.RecentLatePayments * card.PointsPerLatePayment);
        Add("partial-payments", Count(loan.RecentPartialPayments), loan.RecentPartialPayments * card.PointsPerPartialPayment);
        Add("drift", Count(loan.PaymentDriftDays), loan.PaymentDriftDays > card.DriftDays ? card.PointsForDrift : 0);
        var paymentToIncome = loan.Borrower.MonthlyIncome > 0m ? loan.ScheduledPayment / loan.Borrower.MonthlyIncome : 1m;
        Add("payment-to-income", paymentToIncome.ToString("0.00", CultureInfo.InvariantCulture),
            paymentToIncome > card.HighPaymentToIncome ? card.PointsForHighPaymentToIncome : 0);
        Add("broken-promises", Count(loan.BrokenPromises), loan.BrokenPromises * card.PointsPerBrokenPromise);
        Add("failed-contacts", Count(loan.FailedContacts), loan.FailedContacts * card.PointsPerFailedContact);
        return (score, reasons);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
