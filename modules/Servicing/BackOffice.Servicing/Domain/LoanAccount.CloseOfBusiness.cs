using BackOffice.Servicing.Domain.Ledger;
using BackOffice.BuildingBlocks.Amounts;

namespace BackOffice.Servicing.Domain;

/// <summary>The close of business for one loan and one business date.</summary>
internal sealed partial class LoanAccount
{
    /// <summary>
    /// True when the run must read this loan's installments for <paramref name="date"/>: one falls due, goes
    /// overdue or earns its late fee. On every other day the account's own figures are enough.
    /// </summary>
    public bool NeedsInstallmentsOn(DateOnly date) => !IsClosed && NextReviewDate is { } review && review <= date;

    /// <summary>
    /// For the close of business, which reads accounts on their own: attaches the schedule and payments read
    /// beside it. Credit held needs the allocations too, so such an account must be read whole instead.
    /// </summary>
    internal void AttachSchedule(IEnumerable<Installment> schedule, IEnumerable<Payment> received)
    {
        if (installments.Count > 0 || CreditBalance != 0m)
        {
            throw new InvalidOperationException($"Loan {LoanNumber} must be read whole to close the day.");
        }

        installments.AddRange(schedule);
        payments.AddRange(received);
    }

    /// <summary>
    /// Closes <paramref name="date"/>: installments fall due and overdue, late fees are charged once per
    /// installment after the grace period, interest accrues, days past due and the bucket are computed, a plan
    /// in force breaks when the borrower is too far behind, and a current loan is scored for early warning.
    /// Closing a date already closed changes nothing.
    /// </summary>
    public DayClosed CloseDay(DateOnly date, ServicingPolicy policy)
    {
        if (ClosedThrough >= date)
        {
            return DayClosed.Nothing;
        }

        var previousBucket = Bucket;
        var previousArrears = ArrearsFigures;
        var reviewed = NeedsInstallmentsOn(date);
        if (reviewed && installments.Count == 0)
        {
            throw new InvalidOperationException($"Loan {LoanNumber} must be read with its installments to close {date:yyyy-MM-dd}.");
        }

        ClosedThrough = date;
        if (IsClosed)
        {
            return DayClosed.Nothing;
        }

        var fees = 0m;
        if (reviewed)
        {
            ApplyCredit(date, OrderOf(policy));
            fees = ChargeLateFees(date, policy);
            Refresh(policy);
        }

        AccruedInterest = AccrualOn(date);
        DaysPastDue = DaysPastDueOn(date);
        Bucket = policy.BucketFor(DaysPastDue);
        var planBroken = PlanInForce && DaysPastDue > policy.PlanBreakDays;
        PlanInForce &= !planBroken;
        // Credit applied today may have paid the loan off; a closed loan keeps its status.
        Status = IsClosed ? Status : DaysPastDue >= policy.ChargeOffDays ? LoanStatus.ChargedOff : OpenStatus();

        var (score, reasons) = EarlyWarning.Score(this, policy.EarlyWarning);
        EarlyWarningScore = score;
        EarlyWarningReasons = string.Join(',', reasons);
        var atRisk = Status == LoanStatus.Active && score >= policy.EarlyWarning.RaiseAt;
        var warn = atRisk && EarlyWarningSince is null;
        EarlyWarningSince = atRisk ? EarlyWarningSince ?? date : null;
        var chargedOff = Status == LoanStatus.ChargedOff;
        var kind = chargedOff ? Ledger.EntryKind.ChargeOff : fees > 0m ? Ledger.EntryKind.LateFee : Ledger.EntryKind.Accrual;
        JournaliseDay(kind, date, policy.Ledger);
        Touch();
        return new DayClosed(
            Changed: true,
            PreviousBucket: previousBucket,
            BucketChanged: previousBucket != Bucket,
            Cured: previousBucket != DelinquencyBuckets.Current && Bucket == DelinquencyBuckets.Current,
            PlanBroken: planBroken,
            EarlyWarningRaised: warn,
            FeesCharged: fees,
            ArrearsChanged: ArrearsFigures != previousArrears);
    }

    private decimal ChargeLateFees(DateOnly date, ServicingPolicy policy)
    {
        var charged = 0m;
        // 16 CFR 444.4(a): only unpaid principal and interest make an installment late; a late fee left unpaid does not.
        foreach (var installment in installments.Where(i => i.ScheduledOwed > 0m && i.FeeChargedOn is null && date > i.DueDate.AddDays(policy.GraceDays)))
        {
            var fee = Math.Min(Money.Round(installment.ScheduledPayment * policy.LateFeeRate, Currency), policy.LateFeeCap);
            installment.ChargeLateFee(fee, date);
            charged += fee;
        }

        return charged;
    }

    /// <summary>The history the early-warning scorecard reads, derived whenever installments or payments change.</summary>
    private void ScoreInputs(ServicingPolicy policy, DateOnly asOf)
    {
        var lookBack = policy.EarlyWarning.LookBackInstallments;
        var recent = installments.Where(i => i.DueDate <= asOf).OrderByDescending(i => i.DueDate).Take(lookBack).ToList();
        RecentLatePayments = recent.Count(i => i.PaidOn > i.DueDate || (i.ScheduledOwed > 0m && i.DueDate < asOf));
        var windowStart = asOf.AddMonths(-lookBack);
        RecentPartialPayments = payments.Count(p => !p.IsReversed && p.ValueDate > windowStart && p.Amount < ScheduledPayment);
        var lastPaid = recent.Where(i => i.PaidOn is not null).Take(3).ToList();
        PaymentDriftDays = lastPaid.Count == 0 ? 0 : (int)lastPaid.Average(i => Math.Max(0, i.PaidOn!.Value.DayNumber - i.DueDate.DayNumber));
    }
}
