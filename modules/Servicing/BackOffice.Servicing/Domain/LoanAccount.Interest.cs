namespace BackOffice.Servicing.Domain;

/// <summary>
/// Interest to the payment date: money paid on an installment not yet due pays only the interest earned by its
/// value date, and principal repaid before it falls due stops earning interest from that date.
/// </summary>
internal sealed partial class LoanAccount
{
    /// <summary>
    /// The interest <paramref name="installment"/> (the next not yet due) has earned by <paramref name="date"/> and
    /// not been paid: what the principal not yet due earned since interest last ran unbroken on it (<see
    /// cref="AccruingSince"/>), less the interest paid on it since. Never more than the installment still owes
    /// (a flat-rate installment's interest is not the balance's).
    /// </summary>
    private decimal InterestEarned(Installment installment, DateOnly date)
    {
        var notYetDue = installments.Where(i => i.DueDate > date).Sum(i => i.PrincipalOwed);
        var since = AccruingSince(date);
        var valueDates = payments.ToDictionary(p => p.Id, p => p.ValueDate);
        var dueDates = installments.ToDictionary(i => i.Number, i => i.DueDate);
        var paidSince = allocations
            .Where(a => a.Component == AllocationComponent.Interest && dueDates[a.InstallmentNumber!.Value] > date
                && valueDates[a.PaymentId] > since && valueDates[a.PaymentId] <= date)
            .Sum(a => a.Amount);
        return Math.Clamp(Accrue(notYetDue, since, date) - paidSince, 0m, Math.Max(0m, installment.InterestOwed));
    }

    /// <summary>
    /// Since when the principal not yet due on <paramref name="date"/> has earned interest unchanged and unbilled:
    /// the last due date of an installment not paid ahead (its interest was billed then), the last day principal
    /// was repaid ahead (the interest earned by then was paid first), or the booking.
    /// </summary>
    private DateOnly AccruingSince(DateOnly date)
    {
        var since = installments.Where(i => i.DueDate <= date && !(i.PaidOn < i.DueDate)).Select(i => i.DueDate).DefaultIfEmpty(BookedOn).Max();
        var dueDates = installments.ToDictionary(i => i.Number, i => i.DueDate);
        foreach (var payment in payments.Where(p => !p.IsReversed && p.ValueDate > since && p.ValueDate <= date))
        {
            if (allocations.Any(a => a.PaymentId == payment.Id && a.Component == AllocationComponent.Principal
                && dueDates[a.InstallmentNumber!.Value] > payment.ValueDate))
            {
                since = payment.ValueDate;
            }
        }

        return since;
    }

    /// <summary>
    /// <paramref name="principal"/> of <paramref name="repaid"/> came back on <paramref name="date"/>, before its due
    /// date, and stops earning interest. On a declining balance it was part of the interest of every installment
    /// up to its own, so each of those not yet due owes what it would have earned in its period after the date.
    /// Once nothing from <paramref name="repaid"/> on is owed, the rounding left on it is waived too: the term
    /// shortened.
    /// </summary>
    private void StopInterest(Installment repaid, decimal principal, DateOnly date)
    {
        if (principal <= 0m || repaid.DueDate <= date)
        {
            return;
        }

        var ordered = InDueOrder.ToList();
        var start = BookedOn;
        var stops = 0m;
        foreach (var installment in ordered)
        {
            if (installment.DueDate > date)
            {
                // An installment already paid ahead carried its interest on: what stops in its period comes off the next.
                stops += Accrue(principal, start > date ? start : date, installment.DueDate);
                if (!installment.IsSettled || installment == repaid)
                {
                    installment.InterestWaived += Math.Min(installment.InterestOwed, stops);
                    stops = 0m;
                }
            }

            if (installment == repaid)
            {
                break;
            }

            start = installment.DueDate;
        }

        if (ordered.SkipWhile(i => i != repaid).All(i => i.PrincipalOwed == 0m))
        {
            repaid.InterestWaived += repaid.InterestOwed;
        }
    }

    /// <summary>
    /// An installment paid ahead, its principal repaid and the interest earned by then paid, is settled: the
    /// interest the principal still out earns until its due date is owed with the next installment (simple
    /// interest: paying early never makes the borrower owe on the due date what they already paid for). The next
    /// installment repays as much less principal, which the last one repays instead, so its amount stays the
    /// scheduled payment: a borrower who pays each installment a few days early never falls behind.
    /// </summary>
    private void CarryWhenPaidAhead(Installment installment)
    {
        if (installment.PrincipalOwed > 0m || installment.InterestOwed <= 0m
            || InDueOrder.FirstOrDefault(i => i.DueDate > installment.DueDate) is not { } next)
        {
            return;
        }

        var carried = installment.InterestOwed;
        next.InterestCarried += carried;
        installment.InterestCarried -= carried;
        var last = InDueOrder.Last();
        var deferred = next == last ? 0m : Math.Min(carried, next.PrincipalOwed);
        next.PrincipalCarried -= deferred;
        last.PrincipalCarried += deferred;
    }

    private decimal Accrue(decimal principal, DateOnly from, DateOnly to) =>
        to <= from ? 0m : BuildingBlocks.Amounts.Money.Round(principal * AnnualRate * Domain.DayCount.YearFraction(from, to, DayCount), Currency);
}
