using BackOffice.Servicing.Domain.Ledger;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Domain;

/// <summary>Payments: allocation, reversal with replay, payoff.</summary>
internal sealed partial class LoanAccount
{
    private static readonly AllocationComponent[] Waterfall = [AllocationComponent.Fee, AllocationComponent.Interest, AllocationComponent.Principal];

    /// <summary>
    /// Posts a payment and allocates it: for each installment, oldest due first and then the next one coming,
    /// fees, then interest, then principal. What is left prepays principal or is held as credit, by product.
    /// A payment dated before others already posted is put in its place and the later ones re-applied.
    /// </summary>
    public Payment Post(string externalReference, decimal amount, DateOnly valueDate, PaymentChannel channel, string postedBy,
        DateTimeOffset postedAt, ServicingPolicy policy)
    {
        if (amount <= 0m)
        {
            throw new BusinessRuleException(LoanRefusals.PaymentNotPositive, "A payment must be more than zero.");
        }

        if (amount != BuildingBlocks.Amounts.Money.Round(amount, Currency))
        {
            throw new BusinessRuleException(
                LoanRefusals.PaymentDecimals, $"A payment in {Currency} has at most {BuildingBlocks.Amounts.Money.MinorUnitOf(Currency)} decimals.");
        }

        if (Status == LoanStatus.Repossessed)
        {
            throw new BusinessRuleException("loan-not-payable", $"Loan {LoanNumber} is {Status}; payments on it are handled by recoveries.");
        }

        if (valueDate < BookedOn)
        {
            throw new BusinessRuleException(LoanRefusals.PaymentBeforeBooking, "A payment cannot be dated before the loan was booked.");
        }

        var recovery = Status == LoanStatus.ChargedOff;
        var payment = recovery
            ? Payment.Recovery(Id, payments.Count + 1, externalReference, amount, valueDate, channel, postedBy, postedAt)
            : new Payment(Id, payments.Count + 1, externalReference, amount, valueDate, channel, postedBy, postedAt);
        payments.Add(payment);
        Apply(payment, policy);
        Journalise(recovery ? Ledger.EntryKind.Recovery : Ledger.EntryKind.Payment, null, valueDate, payment.Id,
            $"{(recovery ? "Recovery" : "Payment")} {externalReference}", postedBy, policy.Ledger);
        return payment;
    }

    /// <summary>Takes back a returned payment; every payment after it is allocated again as if it had never been.</summary>
    public void Reverse(Guid paymentId, string reason, string by, DateTimeOffset at, ServicingPolicy policy)
    {
        var payment = payments.FirstOrDefault(p => p.Id == paymentId) ?? throw new NotFoundException("Payment");
        if (payment.IsReversed)
        {
            throw new BusinessRuleException("already-reversed", "This payment is already reversed.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException(LoanRefusals.ReversalUnexplained, "Say why the payment is reversed.");
        }

        payment.Reverse(reason.Trim(), by, at);
        Apply(payment, policy);
        Journalise(Ledger.EntryKind.PaymentReversal, null, payment.ValueDate, payment.Id,
            $"Payment {payment.ExternalReference} reversed: {payment.ReversalReason}", by, policy.Ledger);
    }

    /// <summary>
    /// Refunds up to <paramref name="amount"/> of late fees, the latest charged first. What was paid for them is
    /// applied again (to interest, principal, or credit) by the replay. Answers the amount refunded.
    /// </summary>
    public decimal RefundFees(decimal amount, ServicingPolicy policy)
    {
        if (amount <= 0m)
        {
            throw new BusinessRuleException(LoanRefusals.RefundNotPositive, "A refund must be more than zero.");
        }

        var left = amount;
        foreach (var installment in installments.Where(i => i.Fee > 0m).OrderByDescending(i => i.FeeChargedOn).ThenByDescending(i => i.Number))
        {
            var take = Math.Min(left, installment.Fee);
            installment.Fee -= take;
            left -= take;
            if (left == 0m)
            {
                break;
            }
        }

        Reallocate(policy);
        Journalise(Ledger.EntryKind.FeeRefund, null, AsOf, null, "Late fees refunded", JournalAuthors.Remedy, policy.Ledger);
        return amount - left;
    }

    /// <summary>
    /// What it takes to close the loan on <paramref name="date"/>: everything owed on installments due by then,
    /// all principal still outstanding, and interest accrued since the last due date (never more than the next
    /// installment's interest), less any credit held.
    /// </summary>
    public PayoffQuote QuotePayoff(DateOnly date)
    {
        if (date < AsOf)
        {
            throw new BusinessRuleException(LoanRefusals.PayoffDatePassed, "A payoff is quoted for today or a later date.");
        }

        return PayoffOn(date);
    }

    private PayoffQuote PayoffOn(DateOnly date)
    {
        var due = installments.Where(i => i.DueDate <= date && !i.IsSettled).ToList();
        var principal = installments.Sum(i => i.PrincipalOwed);
        var accrued = AccruedForPayoff(date);
        var interest = due.Sum(i => i.InterestOwed);
        var fees = due.Sum(i => i.FeeOwed);
        var total = Math.Max(0m, principal + interest + fees + accrued - CreditBalance);
        return new PayoffQuote(date, principal, interest, accrued, fees, CreditBalance, total);
    }

    /// <summary>Interest on the principal not yet due, from the last due date to <paramref name="date"/>, at most the next installment's.</summary>
    private decimal AccruedForPayoff(DateOnly date)
    {
        var next = InDueOrder.FirstOrDefault(i => i.DueDate > date && !i.IsSettled);
        if (next is null)
        {
            return 0m;
        }

        var lastDue = installments.Where(i => i.DueDate <= date).Select(i => (DateOnly?)i.DueDate).Max() ?? BookedOn;
        var notYetDue = installments.Where(i => i.DueDate > date).Sum(i => i.PrincipalOwed);
        return Math.Min(next.InterestOwed, Accrue(notYetDue, lastDue, date));
    }

    private decimal Accrue(decimal principal, DateOnly from, DateOnly to) =>
        to <= from ? 0m : BuildingBlocks.Amounts.Money.Round(principal * AnnualRate * Domain.DayCount.YearFraction(from, to, DayCount), Currency);

    /// <summary>A payment or its reversal changes the schedule through the replay; a recovery changes only what was recovered.</summary>
    private void Apply(Payment payment, ServicingPolicy policy)
    {
        if (payment.IsRecovery)
        {
            RefreshLedgerFigures(AsOf);
            Touch();
            return;
        }

        Reallocate(policy);
    }

    /// <summary>The single allocation path: clears what payments covered and applies the live ones again, in value-date order.</summary>
    private void Reallocate(ServicingPolicy policy)
    {
        foreach (var installment in installments)
        {
            installment.ClearPayments();
        }

        allocations.Clear();
        CreditBalance = 0m;
        foreach (var payment in payments.Where(p => !p.IsReversed && !p.IsRecovery).OrderBy(p => p.ValueDate).ThenBy(p => p.Sequence))
        {
            ApplyCredit(payment.ValueDate);
            Allocate(payment);
        }

        ApplyCredit(AsOf);
        Refresh(policy);
    }

    private void Allocate(Payment payment)
    {
        if (payment.Amount >= PayoffOn(payment.ValueDate).Total && installments.Any(i => !i.IsSettled))
        {
            PayOff(payment);
            return;
        }

        var due = InDueOrder.Where(i => !i.IsSettled && i.DueDate <= payment.ValueDate);
        var next = InDueOrder.Where(i => !i.IsSettled && i.DueDate > payment.ValueDate).Take(1);
        var left = Spread(payment.Id, payment.Amount, [.. due, .. next], payment.ValueDate);
        if (left > 0m && Overpayment == OverpaymentTreatment.PrepayPrincipal)
        {
            left = Prepay(payment, left);
        }

        if (left > 0m)
        {
            // Held as credit by product choice, or owed back to the borrower once everything is paid.
            allocations.Add(new Allocation(Id, payment.Id, null, AllocationComponent.Credit, left));
            CreditBalance += left;
        }
    }

    /// <summary>
    /// A payment that covers the payoff closes the loan: interest not yet accrued is waived, every installment
    /// is settled, and what is left is owed back to the borrower (held as credit).
    /// </summary>
    private void PayOff(Payment payment)
    {
        var accrued = AccruedForPayoff(payment.ValueDate);
        var future = InDueOrder.Where(i => i.DueDate > payment.ValueDate && !i.IsSettled).ToList();
        foreach (var installment in future)
        {
            installment.InterestWaived += installment == future[0] ? installment.InterestOwed - accrued : installment.InterestOwed;
        }

        ApplyCredit(payment.ValueDate, toEverything: true);

        var left = Spread(payment.Id, payment.Amount, InDueOrder.Where(i => !i.IsSettled).ToList(), payment.ValueDate);
        if (left > 0m)
        {
            allocations.Add(new Allocation(Id, payment.Id, null, AllocationComponent.Credit, left));
            CreditBalance += left;
        }
    }

    /// <summary>Repays principal of the last installments first; one whose principal is repaid before it falls due owes no interest.</summary>
    private decimal Prepay(Payment payment, decimal amount)
    {
        foreach (var installment in InDueOrder.Reverse().Where(i => i.PrincipalOwed > 0m))
        {
            var take = Math.Min(amount, installment.PrincipalOwed);
            Take(payment.Id, installment, AllocationComponent.Principal, take);
            amount -= take;
            if (installment.PrincipalOwed == 0m && installment.DueDate > payment.ValueDate && installment.FeeOwed == 0m)
            {
                installment.InterestWaived += installment.InterestOwed;
            }

            if (installment.IsSettled)
            {
                installment.PaidOn ??= payment.ValueDate;
            }

            if (amount == 0m)
            {
                break;
            }
        }

        return amount;
    }

    /// <summary>
    /// Credit held on the account pays installments as they fall due (by <paramref name="date"/>), each as at its
    /// own due date, so a replay pays exactly what the close of business paid on the day; at payoff it pays
    /// everything, as at the payoff date.
    /// </summary>
    private void ApplyCredit(DateOnly date, bool toEverything = false)
    {
        foreach (var installment in InDueOrder.Where(i => !i.IsSettled && (toEverything || i.DueDate <= date)).ToList())
        {
            foreach (var credit in allocations.Where(a => a.Component == AllocationComponent.Credit && a.Amount > 0m).ToList())
            {
                var left = Spread(credit.PaymentId, credit.Amount, [installment], toEverything ? date : installment.DueDate);
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
    /// Pays the targets in order, fees then interest then principal, as at <paramref name="paidOn"/>: a late fee
    /// is payable only by money that arrived after it was charged, so replaying a payment never pays a fee that
    /// did not exist when the payment came.
    /// </summary>
    private decimal Spread(Guid paymentId, decimal amount, IEnumerable<Installment> targets, DateOnly paidOn)
    {
        foreach (var installment in targets)
        {
            foreach (var component in Waterfall)
            {
                var owed = component switch
                {
                    AllocationComponent.Fee => installment.FeeChargedOn < paidOn ? installment.FeeOwed : 0m,
                    AllocationComponent.Interest => installment.InterestOwed,
                    _ => installment.PrincipalOwed,
                };
                var take = Math.Min(amount, owed);
                Take(paymentId, installment, component, take);
                amount -= take;
            }

            if (installment.IsSettled)
            {
                installment.PaidOn ??= paidOn;
            }

            if (amount == 0m)
            {
                break;
            }
        }

        return amount;
    }

    private void Take(Guid paymentId, Installment installment, AllocationComponent component, decimal amount)
    {
        if (amount <= 0m)
        {
            return;
        }

        switch (component)
        {
            case AllocationComponent.Fee:
                installment.FeePaid += amount;
                break;
            case AllocationComponent.Interest:
                installment.InterestPaid += amount;
                break;
            default:
                installment.PrincipalPaid += amount;
                break;
        }

        var existing = allocations.FirstOrDefault(a => a.PaymentId == paymentId && a.InstallmentNumber == installment.Number
            && a.Component == component);
        if (existing is null)
        {
            allocations.Add(new Allocation(Id, paymentId, installment.Number, component, amount));
        }
        else
        {
            existing.Amount += amount;
        }
    }
}
