using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using CsCheck;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// Thousands of random lives of a loan — payments of any size, returned payments, days closed, plans, credit
/// paid back — with
/// the money invariants checked after every step: allocations sum to the payment, outstanding principal is
/// the amount financed less principal paid, the schedule's principal sums to the amount financed, a payment
/// reversed straight away leaves the loan exactly as it was — and the ledger: every entry balanced, the loan's
/// figures equal to what its entries posted, and that equal to the sum of its lines in every account.
/// </summary>
public sealed class MoneyInvariantPropertyTests
{
    private enum Step
    {
        Pay,
        PayAndReturn,
        ReverseAny,
        CloseDays,
        Plan,
        RefundCredit,
    }

    private static readonly Gen<(Step Step, int Size, int Cents)> Steps =
        Gen.Select(Gen.Enum<Step>(), Gen.Int[0, 45], Gen.Int[1, 400_000]);

    private static readonly Gen<(bool CreditProduct, int Term, int RatePermille, (Step, int, int)[] Steps)> Lives =
        Gen.Select(Gen.Bool, Gen.Int[3, 36], Gen.Int[0, 240], Steps.Array[1, 40]);

    [Fact]
    public void Money_stays_right_through_random_sequences_of_payments_reversals_days_and_plans() =>
        Lives.Sample(life => Live(life.CreditProduct, life.Term, life.RatePermille, life.Steps), iter: 2_000);

    private static void Live(bool creditProduct, int term, int ratePermille, (Step Step, int Size, int Cents)[] steps)
    {
        var policy = new ServicingPolicy { CreditHoldingProducts = creditProduct ? ["NEW-CAR"] : [], CreditAbovePayoffLimit = 2_000m };
        var loan = TestLoans.Open(amount: 9_999.99m, rate: ratePermille / 1000m, term: term, policy: policy);
        foreach (var (step, size, cents) in steps)
        {
            Apply(loan, policy, step, size, cents / 100m);
            loan.AssertMoneyStaysRight();
        }
    }

    private static void Apply(LoanAccount loan, ServicingPolicy policy, Step step, int size, decimal amount)
    {
        var today = loan.AsOf;
        try
        {
            switch (step)
            {
                case Step.Pay:
                    loan.Pay(amount, today, policy);
                    break;
                case Step.PayAndReturn:
                    var before = loan.Snapshot();
                    var payment = loan.Pay(amount, today, policy);
                    loan.Reverse(payment.Id, "returned", "agent", TestLoans.Now, policy);
                    Assert.Equal(before, loan.Snapshot());
                    break;
                case Step.ReverseAny:
                    var live = loan.Payments.Where(p => !p.IsReversed).ToList();
                    if (live.Count > 0)
                    {
                        loan.Reverse(live[size % live.Count].Id, "returned", "agent", TestLoans.Now, policy);
                    }

                    break;
                case Step.CloseDays:
                    loan.CloseThrough(today.AddDays(size + 1), policy);
                    break;
                case Step.RefundCredit:
                    var credit = loan.CreditBalance;
                    loan.RefundCredit(Math.Min(amount, credit), "borrower asked", "agent", TestLoans.Now, policy);
                    Assert.Equal(credit - Math.Min(amount, credit), loan.CreditBalance);
                    break;
                default:
                    var kind = (PlanKind)(size % 3);
                    var plan = loan.ProposePlan(kind, 1 + size % 4, "hardship", "maker", TestLoans.Now, policy);
                    var billed = (Fees: loan.FeesDue + loan.FeesCollected, loan.Posted.FeeIncome);
                    loan.Activate(plan, "checker", TestLoans.Now, policy);

                    // A restructure moves amounts between installments: fees stay fees (owed or paid), no fee income moves.
                    Assert.Equal(billed, (loan.FeesDue + loan.FeesCollected, loan.Posted.FeeIncome));
                    break;
            }
        }
        catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException)
        {
            // A refused operation must leave the loan as it was; the invariants after the step check that.
        }
    }
}
