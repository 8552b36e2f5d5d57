namespace BackOffice.Servicing.Contracts;

/// <summary>What a repayment plan does to the schedule.</summary>
public enum PlanKind
{
    /// <summary>Moves the next N unpaid installments to the end of the schedule.</summary>
    Defer,

    /// <summary>Spreads what is overdue over the installments still to come.</summary>
    Reamortise,

    /// <summary>Repays what is owed over the remaining installments plus N more months.</summary>
    Extend,
}
