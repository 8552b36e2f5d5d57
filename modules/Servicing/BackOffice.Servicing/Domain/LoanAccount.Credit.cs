using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Servicing.Domain;

/// <summary>Credit held on the account: applied to installments as they fall due, or paid back to the borrower.</summary>
internal sealed partial class LoanAccount
{
    private readonly List<CreditRefund> creditRefunds = [];

    public IReadOnlyList<CreditRefund> CreditRefunds => creditRefunds;

    /// <summary>
    /// Pays <paramref name="amount"/> of the credit held back to the borrower, as at the business date; the replay
    /// takes it from the credit at that date, so the payments that made the credit stay whole.
    /// </summary>
    public CreditRefund RefundCredit(decimal amount, string reason, string by, DateTimeOffset at, ServicingPolicy policy)
    {
        if (amount <= 0m)
        {
            throw new BusinessRuleException(LoanRefusals.RefundNotPositive, "A refund must be more than zero.");
        }

        if (amount != BuildingBlocks.Amounts.Money.Round(amount, Currency))
        {
            throw new BusinessRuleException(
                LoanRefusals.RefundDecimals, $"A refund in {Currency} has at most {BuildingBlocks.Amounts.Money.MinorUnitOf(Currency)} decimals.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException(LoanRefusals.RefundUnexplained, "Say why the credit is paid back.");
        }

        if (amount > CreditBalance)
        {
            throw new BusinessRuleException(LoanRefusals.RefundAboveCredit,
                $"Loan {LoanNumber} holds {CreditBalance.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)} of credit; "
                + "no more than that can be paid back.");
        }

        var refund = new CreditRefund(Id, amount, AsOf, payments.Count, reason.Trim(), by, at);
        creditRefunds.Add(refund);
        Reallocate(policy);
        Journalise(Ledger.EntryKind.CreditRefund, null, AsOf, refund.Id, $"Credit paid back: {refund.Reason}", by, policy.Ledger);
        return refund;
    }

    private static AllocationComponent[][] OrderOf(ServicingPolicy policy) =>
        policy.Allocation == AllocationOrder.FeesLast ? FeesLast : FeesFirst;

    private void HoldAsCredit(Guid paymentId, decimal amount)
    {
        if (amount > 0m)
        {
            // Held as credit by product choice, or owed back to the borrower once everything is paid.
            allocations.Add(new Allocation(Id, paymentId, null, AllocationComponent.Credit, amount));
            CreditBalance += amount;
        }
    }

    /// <summary>
    /// Credit held on the account pays installments as they fall due (by <paramref name="date"/>), each as at its
    /// own due date, so a replay pays exactly what the close of business paid on the day; at payoff it pays
    /// everything, as at the payoff date.
    /// </summary>
    private void ApplyCredit(DateOnly date, AllocationComponent[][] order, bool toEverything = false)
    {
        foreach (var installment in InDueOrder.Where(i => !i.IsSettled && (toEverything || i.DueDate <= date)).ToList())
        {
            foreach (var credit in allocations.Where(a => a.Component == AllocationComponent.Credit && a.Amount > 0m).ToList())
            {
                var left = Spread(credit.PaymentId, credit.Amount, [installment], toEverything ? date : installment.DueDate, order, asDue: true);
                CreditBalance -= credit.Amount - left;
                credit.Amount = left;
                if (left == 0m)
                {
                    allocations.Remove(credit);
                }
            }

            if (CreditBalance == 0m)
            {
                return;
            }
        }
    }

    /// <summary>
    /// In the replay, pays back <paramref name="refunds"/> out of the credit held, the oldest credit first, with
    /// credit applied through the date each was made. Answers what the credit no longer covers.
    /// </summary>
    private decimal PayBackRefunds(IEnumerable<CreditRefund> refunds, AllocationComponent[][] order)
    {
        var uncovered = 0m;
        foreach (var refund in refunds.OrderBy(r => r.RefundedAt))
        {
            ApplyCredit(refund.RefundedOn, order);
            var left = refund.Amount;
            foreach (var credit in allocations.Where(a => a.Component == AllocationComponent.Credit && a.Amount > 0m).ToList())
            {
                var take = Math.Min(left, credit.Amount);
                credit.Amount -= take;
                if (credit.Amount == 0m)
                {
                    allocations.Remove(credit);
                }

                var paidBack = allocations.FirstOrDefault(a => a.PaymentId == credit.PaymentId && a.Component == AllocationComponent.Refunded);
                if (paidBack is null)
                {
                    allocations.Add(new Allocation(Id, credit.PaymentId, null, AllocationComponent.Refunded, take));
                }
                else
                {
                    paidBack.Amount += take;
                }

                CreditBalance -= take;
                left -= take;
                if (left == 0m)
                {
                    break;
                }
            }

            uncovered += left;
        }

        return uncovered;
    }
}
