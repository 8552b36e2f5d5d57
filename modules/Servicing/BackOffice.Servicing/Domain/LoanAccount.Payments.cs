using BackOffice.Servicing.Domain.Ledger;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Domain;

/// <summary>Payments: allocation, reversal with replay, payoff.</summary>
internal sealed partial class LoanAccount
{
    /// <summary>CN: per installment, fee, interest, principal.</summary>
    private static readonly AllocationComponent[][] FeesFirst =
        [[AllocationComponent.Fee, AllocationComponent.Interest, AllocationComponent.Principal]];

    /// <summary>US: interest and principal of every installment reached, then their late fees (16 CFR 444.4).</summary>
    private static readonly AllocationComponent[][] FeesLast =
        [[AllocationComponent.Interest, AllocationComponent.Principal], [AllocationComponent.Fee]];

    /// <summary>
    /// Posts a payment and allocates it to the installments due, oldest first, and then the next one coming, in
    /// the pack's order (<see cref="AllocationOrder"/>); an installment not yet due takes only the interest earned
    /// by the value date. What is left prepays principal or is held as credit, by product. A payment dated before
    /// others already posted is put in its place and the later ones re-applied. A payment above the payoff on its
    /// value date (plus, for credit-holding products, the credit they may hold) is refused, and so is any payment
    /// on a loan paid off.
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

        if (Status == LoanStatus.PaidOff)
        {
            throw new BusinessRuleException(LoanRefusals.LoanPaidOff, $"Loan {LoanNumber} is paid off; it takes no more payments.");
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
        if (recovery)
        {
            RecountRecoveries();
        }
        else
        {
            Reallocate(policy);
            var mayHold = policy.CreditAbovePayoffFor(Overpayment);
            var excess = CreditAbovePayoff - mayHold;
            if (excess > 0m)
            {
                payments.Remove(payment);
                Reallocate(policy);
                throw new BusinessRuleException(LoanRefusals.PaymentAbovePayoff, AbovePayoff(amount - excess, mayHold, valueDate));
            }
        }

        Journalise(recovery ? Ledger.EntryKind.Recovery : Ledger.EntryKind.Payment, null, valueDate, payment.Id,
            $"{(recovery ? "Recovery" : "Payment")} {externalReference}", postedBy, policy.Ledger);
        return payment;
    }

    /// <summary>Credit left once every installment is settled: money owed back to the borrower.</summary>
    private decimal CreditAbovePayoff => installments.All(i => i.IsSettled) ? CreditBalance : 0m;

    private string AbovePayoff(decimal limit, decimal mayHold, DateOnly valueDate)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var payoff = (limit - mayHold).ToString("N2", culture);
        return mayHold == 0m
            ? $"A payment on loan {LoanNumber} can be at most {payoff}, the payoff on {valueDate:yyyy-MM-dd}."
            : $"A payment on loan {LoanNumber} can be at most {limit.ToString("N2", culture)}: the payoff on {valueDate:yyyy-MM-dd} "
                + $"({payoff}) and at most {mayHold.ToString("N2", culture)} held as credit.";
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
        if (payment.IsRecovery)
        {
            RecountRecoveries();
        }
        else if (Reallocate(policy) > 0m)
        {
            payment.UndoReverse();
            Reallocate(policy);
            throw new BusinessRuleException(
                LoanRefusals.CreditRefunded, "Reversing this payment would take back credit already paid back to the borrower.");
        }

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
    /// all principal still outstanding, and the interest the next installment has earned by then and not been
    /// paid, less any credit held.
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

        // Arrears a plan moved onto installments to come are owed now, interest and fees alike.
        var interest = due.Sum(i => i.InterestOwed) + installments.Where(i => i.DueDate > date).Sum(BilledOnPayoff);
        var fees = installments.Sum(i => i.FeeOwed);
        var total = Math.Max(0m, principal + interest + fees + accrued - CreditBalance);
        return new PayoffQuote(date, principal, interest, accrued, fees, CreditBalance, total);
    }

    /// <summary>Interest billed before a plan carried it onto an installment to come: a payoff pays it, never waives it.</summary>
    private static decimal BilledOnPayoff(Installment installment) => Math.Min(installment.BilledInterestCarried, installment.InterestOwed);

    /// <summary>The interest the next installment has earned by <paramref name="date"/> and not been paid.</summary>
    private decimal AccruedForPayoff(DateOnly date) =>
        InDueOrder.FirstOrDefault(i => i.DueDate > date && !i.IsSettled) is { } next ? InterestEarned(next, date) : 0m;

    /// <summary>Money received after charge-off is recovery income: it changes only what was recovered, never the schedule.</summary>
    private void RecountRecoveries()
    {
        RefreshLedgerFigures(AsOf);
        Touch();
    }

    /// <summary>
    /// The single allocation path: clears what payments covered and applies the live ones again, in value-date
    /// order, each credit refund right after the last payment posted before it. Answers how much of the refunds
    /// the credit no longer covers (a reversal took back money already paid back to the borrower).
    /// </summary>
    private decimal Reallocate(ServicingPolicy policy)
    {
        foreach (var installment in installments)
        {
            installment.ClearPayments();
        }

        allocations.Clear();
        CreditBalance = 0m;
        var order = OrderOf(policy);
        var live = payments.Where(p => !p.IsReversed && !p.IsRecovery).OrderBy(p => p.ValueDate).ThenBy(p => p.Sequence).ToList();
        var refundsAfter = creditRefunds.ToLookup(r => live.FindLastIndex(p => p.Sequence <= r.PaymentsBefore));
        var uncovered = PayBackRefunds(refundsAfter[-1], order);
        for (var i = 0; i < live.Count; i++)
        {
            ApplyCredit(live[i].ValueDate, order);
            Allocate(live[i], order);
            uncovered += PayBackRefunds(refundsAfter[i], order);
        }

        ApplyCredit(AsOf, order);
        Refresh(policy);
        return uncovered;
    }

    private void Allocate(Payment payment, AllocationComponent[][] order)
    {
        if (payment.Amount >= PayoffOn(payment.ValueDate).Total && installments.Any(i => !i.IsSettled))
        {
            PayOff(payment, order);
            return;
        }

        var due = InDueOrder.Where(i => !i.IsSettled && i.DueDate <= payment.ValueDate);
        var next = InDueOrder.Where(i => !i.IsSettled && i.DueDate > payment.ValueDate).Take(1);
        var left = Spread(payment.Id, payment.Amount, [.. due, .. next], payment.ValueDate, order);
        if (left > 0m && Overpayment == OverpaymentTreatment.PrepayPrincipal)
        {
            left = Prepay(payment, left);
        }

        HoldAsCredit(payment.Id, left);
    }

    /// <summary>
    /// A payment that covers the payoff closes the loan: interest not yet earned is waived, every installment
    /// is settled, and what is left is owed back to the borrower (held as credit).
    /// </summary>
    private void PayOff(Payment payment, AllocationComponent[][] order)
    {
        var future = InDueOrder.Where(i => i.DueDate > payment.ValueDate && !i.IsSettled).ToList();
        var earned = future.Count == 0 ? 0m : InterestEarned(future[0], payment.ValueDate);
        foreach (var installment in future)
        {
            var unearned = installment.InterestOwed - BilledOnPayoff(installment);
            installment.InterestWaived += installment == future[0] ? Math.Max(0m, unearned - earned) : unearned;
        }

        ApplyCredit(payment.ValueDate, order, toEverything: true);
        var left = Spread(payment.Id, payment.Amount, InDueOrder.Where(i => !i.IsSettled).ToList(), payment.ValueDate, order, asDue: true);
        HoldAsCredit(payment.Id, left);
    }

    /// <summary>
    /// Repays principal of the last installments first; the principal repaid stops earning interest from the
    /// payment's date, so an installment whose principal (and all after it) is repaid before it falls due owes
    /// no interest and the term shortens.
    /// </summary>
    private decimal Prepay(Payment payment, decimal amount)
    {
        foreach (var installment in InDueOrder.Reverse().Where(i => i.PrincipalOwed > 0m))
        {
            var take = Math.Min(amount, installment.PrincipalOwed);
            Take(payment.Id, installment, AllocationComponent.Principal, take);
            StopInterest(installment, take, payment.ValueDate);
            amount -= take;
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
    /// Pays the targets as at <paramref name="paidOn"/> in the pack's order, one pass per group of components
    /// (CN: fee, interest, principal per installment; US: interest and principal of all, then their fees). A late
    /// fee is payable only by money that arrived after it was charged, so replaying a payment never pays a fee
    /// that did not exist when the payment came. An installment not yet due takes only the interest earned by
    /// then, and principal repaid on it stops earning interest, unless <paramref name="asDue"/> (a payoff, whose
    /// interest is already settled to the date).
    /// </summary>
    private decimal Spread(Guid paymentId, decimal amount, IReadOnlyCollection<Installment> targets, DateOnly paidOn,
        AllocationComponent[][] order, bool asDue = false)
    {
        foreach (var components in order)
        {
            foreach (var installment in targets)
            {
                var early = !asDue && installment.DueDate > paidOn;
                foreach (var component in components)
                {
                    var owed = component switch
                    {
                        AllocationComponent.Fee => installment.FeeChargedOn < paidOn ? installment.FeeOwed : 0m,
                        AllocationComponent.Interest => early ? InterestEarned(installment, paidOn) : installment.InterestOwed,
                        _ => installment.PrincipalOwed,
                    };
                    var take = Math.Min(amount, owed);
                    Take(paymentId, installment, component, take);
                    if (early && component == AllocationComponent.Principal)
                    {
                        StopInterest(installment, take, paidOn);
                        CarryWhenPaidAhead(installment);
                    }

                    amount -= take;
                }

                if (installment.IsSettled)
                {
                    installment.PaidOn ??= paidOn;
                }

                if (amount == 0m)
                {
                    return 0m;
                }
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
            case AllocationComponent.Principal:
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
