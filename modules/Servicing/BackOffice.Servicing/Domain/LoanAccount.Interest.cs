namespace BackOffice.Servicing.Domain;

/// <summary>
/// Interest to the payment date: money paid on an installment not yet due pays only the interest earned by its
/// value date, and principal repaid before it falls due stops earning interest from that date.
/// </summary>
internal sealed partial class LoanAccount
{
    /// <summary>
    /// The interest <paramref name="installment"/> (not yet due) has earned by <paramref name="date"/> and not been
    /// paid: its interest still owed less what the principal not yet due will earn from the date to the due date.
    /// That stays exact after earlier early payments in the same period, because each waived what its principal
    /// would have earned (<see cref="StopInterest"/>). Never more than the principal not yet due earns from the
    /// period's start, for a flat-rate installment whose interest is not the balance's.
    /// </summary>
    private decimal InterestEarned(Installment installment, DateOnly date)
    {
        var notYetDue = installments.Where(i => i.DueDate > date).Sum(i => i.PrincipalOwed);
        var toCome = Accrue(notYetDue, date, installment.DueDate);
        var lastDue = installments.Where(i => i.DueDate <= date).Select(i => (DateOnly?)i.DueDate).Max() ?? BookedOn;
        var sinceStart = Accrue(notYetDue, lastDue, date);
        return Math.Clamp(Math.Min(installment.InterestOwed - toCome, sinceStart), 0m, installment.InterestOwed);
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
    /// interest: paying early never makes the borrower owe on the due date what they already paid for).
    /// </summary>
    private void CarryWhenPaidAhead(Installment installment)
    {
        if (installment.PrincipalOwed > 0m || installment.InterestOwed <= 0m
            || InDueOrder.FirstOrDefault(i => i.DueDate > installment.DueDate) is not { } next)
        {
            return;
        }

        next.InterestCarried += installment.InterestOwed;
        installment.InterestCarried -= installment.InterestOwed;
    }

    private decimal Accrue(decimal principal, DateOnly from, DateOnly to) =>
        to <= from ? 0m : BuildingBlocks.Amounts.Money.Round(principal * AnnualRate * Domain.DayCount.YearFraction(from, to, DayCount), Currency);
}
