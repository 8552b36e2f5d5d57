using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Tests;

/// <summary>Loans for the rules' tests: 12,000 CNY at 12 % over 12 months, booked 10 January, first due 10 February.</summary>
internal static class TestLoans
{
    public static readonly DateOnly Booked = new(2026, 1, 10);

    public static readonly DateTimeOffset Now = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public static LoanAccount Open(
        decimal amount = 12_000m, decimal rate = 0.12m, int term = 12, InterestMethod method = InterestMethod.DecliningBalance,
        ServicingPolicy? policy = null, string product = "NEW-CAR", decimal income = 20_000m, DateOnly? booked = null,
        decimal originationFee = 0m) =>
        LoanAccount.Open(
            new LoanTerms(Guid.NewGuid(), "L-TEST", Guid.NewGuid(), Guid.NewGuid(), product, "CNY", amount, rate, method, term, rate,
                booked ?? Booked, (booked ?? Booked).AddMonths(1), originationFee),
            new Borrower("Li Wei", "ResidentId", "110101199003070011", "+8613800000000", "Beijing", "Asia/Shanghai", income),
            new Vehicle("1HGCM82633A004352", "BYD", "Qin", 2025),
            policy ?? new ServicingPolicy());

    public static Payment Pay(this LoanAccount loan, decimal amount, DateOnly on, ServicingPolicy? policy = null) =>
        loan.Post(Guid.NewGuid().ToString("N"), amount, on, PaymentChannel.Agent, "agent", Now, policy ?? new ServicingPolicy());

    /// <summary>Runs the close of business for every date after the last closed one up to <paramref name="through"/>.</summary>
    public static List<DayClosed> CloseThrough(this LoanAccount loan, DateOnly through, ServicingPolicy? policy = null)
    {
        var results = new List<DayClosed>();
        for (var day = loan.ClosedThrough.AddDays(1); day <= through; day = day.AddDays(1))
        {
            results.Add(loan.CloseDay(day, policy ?? new ServicingPolicy()));
        }

        return results;
    }

    public static Installment Number(this LoanAccount loan, int number) => loan.Installments.Single(i => i.Number == number);

    /// <summary>The money invariants every operation must keep.</summary>
    public static void AssertMoneyStaysRight(this LoanAccount loan)
    {
        Assert.Equal(loan.AmountFinanced, loan.Installments.Sum(i => i.Principal));
        Assert.Equal(0m, loan.Installments.Sum(i => i.PrincipalCarried));
        Assert.Equal(loan.AmountFinanced - loan.Installments.Sum(i => i.PrincipalPaid), loan.OutstandingPrincipal);
        foreach (var payment in loan.Payments)
        {
            var allocated = loan.Allocations.Where(a => a.PaymentId == payment.Id).Sum(a => a.Amount);
            Assert.Equal(payment.IsReversed || payment.IsRecovery ? 0m : payment.Amount, allocated);
        }

        loan.AssertLedgerAgrees();

        Assert.Equal(loan.CreditBalance, loan.Allocations.Where(a => a.Component == AllocationComponent.Credit).Sum(a => a.Amount));
        Assert.All(loan.Installments, i =>
        {
            Assert.InRange(i.PrincipalPaid, 0m, i.Principal + i.PrincipalCarried);
            Assert.InRange(i.FeePaid, 0m, i.Fee);
            Assert.True(i.InterestOwed >= 0m,
                $"installment {i.Number}: interest {i.Interest}, paid {i.InterestPaid}, waived {i.InterestWaived}, "
                + $"principal {i.Principal}/{i.PrincipalPaid}");
        });
    }

    /// <summary>
    /// The ledger's invariants: every entry balances (an unbalanced one cannot be made), the loan's figures give the
    /// position its entries posted, and that position is the sum of its lines, role by role, with the interest the
    /// close of business accrued into the pooled entries on the receivable and income.
    /// </summary>
    public static void AssertLedgerAgrees(this LoanAccount loan, AccountingBasis basis = AccountingBasis.Accrual)
    {
        Assert.All(loan.Journal, entry => Assert.Equal(entry.Lines.Sum(l => l.Debit), entry.Lines.Sum(l => l.Credit)));
        Assert.Equal(loan.Position(basis), loan.Posted);
        foreach (var role in LedgerPosition.Roles)
        {
            var pooled = role switch
            {
                LedgerRole.InterestReceivable => loan.AccrualPooled,
                LedgerRole.InterestIncome => -loan.AccrualPooled,
                _ => 0m,
            };
            Assert.Equal(loan.Posted[role], loan.Journal.SelectMany(e => e.Lines).Where(l => l.Role == role).Sum(l => l.Net) + pooled);
        }
    }

    /// <summary>Everything about a loan's money and state, to compare before and after.</summary>
    public static string Snapshot(this LoanAccount loan) =>
        string.Join('\n', loan.Installments.OrderBy(i => i.Number).Select(i =>
                $"{i.Number} {i.DueDate} {i.Principal} {i.Interest} {i.Fee} {i.PrincipalPaid} {i.InterestPaid} {i.FeePaid} "
                + $"{i.InterestWaived} {i.InterestCarried} {i.PaidOn} {i.Status}"))
            + $"\n{loan.Status} {loan.OutstandingPrincipal} {loan.CreditBalance} {loan.NextDueDate} {loan.OldestUnpaidDueDate} "
            + $"{loan.NextReviewDate} {loan.AmountOverdue}"
            + "\n" + string.Join('\n', loan.Allocations.Where(a => !loan.Payments.Single(p => p.Id == a.PaymentId).IsReversed)
                .OrderBy(a => a.PaymentId).ThenBy(a => a.InstallmentNumber).ThenBy(a => a.Component).Select(
                    a => $"{a.PaymentId} {a.InstallmentNumber} {a.Component} {a.Amount}"));
}
