using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Lending;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Domain;

/// <summary>Repayment plans: preview, proposal with maker–checker, and their effect on the schedule.</summary>
internal sealed partial class LoanAccount
{
    /// <summary>
    /// The schedule as it would be under the plan; nothing changes. A plan moves what is owed, never creates it:
    /// principal stays principal, overdue interest stays interest, fees stay fees (a later refund of late fees then
    /// refunds only late fees); only the interest of a re-built schedule, not yet accrued, is new.
    /// </summary>
    public IReadOnlyList<ScheduledInstallment> PreviewPlan(PlanKind kind, int size, ServicingPolicy policy)
    {
        if (IsClosed)
        {
            throw new BusinessRuleException("loan-closed", $"Loan {LoanNumber} is {Status}; a plan needs an open loan.");
        }

        if (creditRefunds.Count > 0)
        {
            // A plan re-applies every payment to the new schedule: credit already paid back could end up uncovered,
            // which would take back money the borrower has received.
            throw new BusinessRuleException("plan-after-credit-refund",
                $"Credit was paid back to the borrower of loan {LoanNumber}; a plan on it needs a manual review.");
        }

        var asOf = AsOf;
        var maxTermMonths = policy.MaxTermMonthsFor(ProductCode);
        var lines = InDueOrder.Select(i => new Line(i)).ToList();
        switch (kind)
        {
            case PlanKind.Defer:
                Defer(lines, size, maxTermMonths);
                break;
            case PlanKind.Reamortise:
                Reamortise(lines, asOf);
                break;
            default:
                Extend(lines, size, asOf, maxTermMonths);
                break;
        }

        return [.. lines.OrderBy(l => l.DueDate).ThenBy(l => l.Number)
            .Select(l => new ScheduledInstallment(l.Number, l.DueDate, l.Principal, l.Interest, l.Fee))];
    }

    /// <summary>What a re-amortisation would move: principal, interest and fees owed on installments already due.</summary>
    public decimal Arrears => installments.Where(i => i.DueDate <= AsOf).Sum(i => i.Owed);

    public RepaymentPlan ProposePlan(PlanKind kind, int size, string reason, string by, DateTimeOffset at, ServicingPolicy policy)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException(LoanRefusals.PlanUnexplained, "Say why the borrower needs the plan.");
        }

        if (PlanInForce)
        {
            throw new BusinessRuleException("plan-in-force", $"Loan {LoanNumber} already has a plan in force.");
        }

        _ = PreviewPlan(kind, size, policy);
        // A proposal changes the loan's standing: two proposals at once cannot both see "no plan waiting".
        Touch();
        return new RepaymentPlan(Id, kind, size, reason.Trim(), by, at, NeedsApproval(kind, size, policy.PlanApproval));
    }

    /// <summary>Whether a plan of this kind and size on this loan is above the limits and needs a second person.</summary>
    public bool NeedsApproval(PlanKind kind, int size, PlanApprovalLimits limits) => kind switch
    {
        PlanKind.Defer => size > limits.MaxDeferredInstallments,
        PlanKind.Extend => size > limits.MaxExtensionMonths,
        _ => Arrears > limits.MaxReamortisedAmount,
    };

    /// <summary>Puts the plan in force: the schedule changes, the loan is "in plan" and collection stands down.</summary>
    public void Activate(RepaymentPlan plan, string by, DateTimeOffset at, ServicingPolicy policy)
    {
        if (plan.Status != PlanStatus.AwaitingApproval)
        {
            throw new BusinessRuleException("plan-decided", "This plan has already been decided.");
        }

        if (plan.NeedsApproval && string.Equals(plan.ProposedBy, by, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("four-eyes", "A plan above the approval limits needs a second person: its proposer cannot approve it.");
        }

        var billedBefore = BilledByInstallment(AsOf);
        foreach (var line in PreviewPlan(plan.Kind, plan.Size, policy))
        {
            var installment = installments.FirstOrDefault(i => i.Number == line.Number);
            if (installment is null)
            {
                installment = new Installment(Id, line.Number, line.DueDate, line.Principal, line.Interest);
                installments.Add(installment);
            }

            installment.DueDate = line.DueDate;
            installment.Principal = line.Principal;
            installment.Interest = line.Interest;
            installment.SetFee(line.Fee, AsOf);
        }

        TermMonths = installments.Count;
        plan.PutInForce(by, at);
        PlanInForce = true;
        CareReferredOn = null;
        Status = LoanStatus.InPlan;
        Reallocate(policy);
        CarryBilledInterest(billedBefore, AsOf);
        Refresh(policy);
        Journalise(Ledger.EntryKind.Restructure, null, AsOf, plan.Id, $"{plan.Kind} plan in force", by, policy.Ledger);
    }

    /// <summary>Whole months from booking to <paramref name="lastDueDate"/>, a part month counted as one.</summary>
    private int TermMonthsTo(DateOnly lastDueDate)
    {
        var months = (lastDueDate.Year - BookedOn.Year) * 12 + lastDueDate.Month - BookedOn.Month;
        return BookedOn.AddMonths(months) < lastDueDate ? months + 1 : months;
    }

    /// <summary>
    /// A plan that lengthens the loan may not take it past its product's limit (CN: 5 years including extensions,
    /// used cars 3 — see <see cref="TermLimits"/>); the refusal says how many months are still possible.
    /// </summary>
    private void EnsureTermWithin(int maxTermMonths, DateOnly lastDueDate, DateOnly newLastDueDate)
    {
        var now = TermMonthsTo(lastDueDate);
        var planned = TermMonthsTo(newLastDueDate);
        if (planned > maxTermMonths && planned > now)
        {
            throw new BusinessRuleException(
                LoanRefusals.TermLimit,
                $"A {ProductCode} loan may run at most {maxTermMonths} months, extensions included; this plan would make "
                + $"{LoanNumber} run {planned}. At most {Math.Max(0, maxTermMonths - now)} more months are possible.");
        }
    }

    private void Defer(List<Line> lines, int size, int maxTermMonths)
    {
        var open = lines.Where(l => l.Owed > 0m).ToList();
        if (size < 1 || size > open.Count)
        {
            throw new BusinessRuleException(LoanRefusals.DeferSize, $"Defer between 1 and {open.Count} installments.");
        }

        var last = lines.Max(l => l.DueDate);
        EnsureTermWithin(maxTermMonths, last, last.AddMonths(size));
        for (var i = 0; i < size; i++)
        {
            open[i].DueDate = last.AddMonths(i + 1);
        }
    }

    private void Reamortise(List<Line> lines, DateOnly asOf)
    {
        var overdue = lines.Where(l => l.DueDate <= asOf && l.Owed > 0m).ToList();
        var remaining = lines.Where(l => l.DueDate > asOf).ToList();
        if (overdue.Count == 0)
        {
            throw new BusinessRuleException("nothing-overdue", "Nothing is overdue to re-amortise.");
        }

        if (remaining.Count == 0)
        {
            throw new BusinessRuleException("no-installments-left", "No installments remain to spread the arrears over; extend the term instead.");
        }

        var principal = Amortisation.SplitEvenly(overdue.Sum(l => l.Principal - l.PrincipalPaid), remaining.Count, Currency);
        var interest = Amortisation.SplitEvenly(overdue.Sum(l => l.Interest - l.InterestPaid), remaining.Count, Currency);
        var fees = Amortisation.SplitEvenly(overdue.Sum(l => l.Fee - l.FeePaid), remaining.Count, Currency);
        foreach (var line in overdue)
        {
            line.SettleAtPaid();
        }

        for (var i = 0; i < remaining.Count; i++)
        {
            remaining[i].Principal += principal[i];
            remaining[i].Interest += interest[i];
            remaining[i].Fee += fees[i];
        }
    }

    private void Extend(List<Line> lines, int months, DateOnly asOf, int maxTermMonths)
    {
        if (months < 1)
        {
            throw new BusinessRuleException(LoanRefusals.ExtendSize, "Extend the term by at least one month.");
        }

        var open = lines.Where(l => l.Owed > 0m).ToList();
        var future = lines.Where(l => l.DueDate > asOf).ToList();
        var first = future.Count > 0 ? future[0].DueDate : asOf.AddMonths(1);
        EnsureTermWithin(maxTermMonths, lines.Max(l => l.DueDate), first.AddMonths(future.Count + months - 1));

        var principal = open.Sum(l => l.Principal - l.PrincipalPaid);
        // Interest already due stays interest; the interest of installments to come is charged again by the new schedule.
        var overdueInterest = lines.Where(l => l.DueDate <= asOf).Sum(l => l.Interest - l.InterestPaid);
        var fees = open.Sum(l => l.Fee - l.FeePaid);
        foreach (var line in open)
        {
            line.SettleAtPaid();
        }

        // The installments to come keep their numbers; the added months are numbered after the last one.
        var schedule = LoanSchedule.Build(
            principal, AnnualRate, InterestMethod.DecliningBalance, future.Count + months, asOf, first, DayCount, Currency,
            firstNumber: lines.Max(l => l.Number) + 1 - future.Count);
        for (var i = 0; i < schedule.Count; i++)
        {
            var target = i < future.Count ? future[i] : new Line(schedule[i].Number, schedule[i].DueDate);
            if (i >= future.Count)
            {
                lines.Add(target);
            }

            target.DueDate = schedule[i].DueDate;
            target.Principal += schedule[i].Principal;
            target.Interest += schedule[i].Interest + (i == 0 ? overdueInterest : 0m);
            target.Fee += i == 0 ? fees : 0m;
        }
    }

    /// <summary>A mutable copy of an installment for working out a plan.</summary>
    private sealed class Line
    {
        public Line(Installment installment)
        {
            Number = installment.Number;
            DueDate = installment.DueDate;
            Principal = installment.Principal + installment.PrincipalCarried;
            Interest = installment.Interest + installment.InterestCarried - installment.InterestWaived;
            Fee = installment.Fee;
            PrincipalPaid = installment.PrincipalPaid;
            InterestPaid = installment.InterestPaid;
            FeePaid = installment.FeePaid;
        }

        public Line(int number, DateOnly dueDate)
        {
            Number = number;
            DueDate = dueDate;
        }

        public int Number { get; }

        public DateOnly DueDate { get; set; }

        public decimal Principal { get; set; }

        public decimal Interest { get; set; }

        public decimal Fee { get; set; }

        public decimal PrincipalPaid { get; }

        public decimal InterestPaid { get; }

        public decimal FeePaid { get; }

        public decimal Owed => Principal - PrincipalPaid + Interest - InterestPaid + Fee - FeePaid;

        /// <summary>What is still owed moves elsewhere; this line keeps only what was paid on it.</summary>
        public void SettleAtPaid()
        {
            Principal = PrincipalPaid;
            Interest = InterestPaid;
            Fee = FeePaid;
        }
    }
}
