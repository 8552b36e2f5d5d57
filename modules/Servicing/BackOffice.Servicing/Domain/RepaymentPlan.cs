using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// A repayment plan the care team proposed for a borrower in difficulty. Above the approval limits a second
/// person must approve it (maker–checker) before it changes the schedule.
/// </summary>
internal sealed class RepaymentPlan : IVersioned
{
    private RepaymentPlan()
    {
    }

    internal RepaymentPlan(Guid loanId, PlanKind kind, int size, string reason, string proposedBy, DateTimeOffset proposedAt, bool needsApproval)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Kind = kind;
        Size = size;
        Reason = reason;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
        NeedsApproval = needsApproval;
        Status = PlanStatus.AwaitingApproval;
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid LoanId { get; private set; }

    public PlanKind Kind { get; private set; }

    /// <summary>Installments deferred (Defer) or months added (Extend); unused for Reamortise.</summary>
    public int Size { get; private set; }

    public string Reason { get; private set; } = "";

    public string ProposedBy { get; private set; } = "";

    public DateTimeOffset ProposedAt { get; private set; }

    public bool NeedsApproval { get; private set; }

    public PlanStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? Note { get; private set; }

    internal void PutInForce(string by, DateTimeOffset at)
    {
        Status = PlanStatus.InForce;
        DecidedBy = by;
        DecidedAt = at;
    }

    internal void Reject(string by, DateTimeOffset at, string note)
    {
        Status = PlanStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        Note = note;
    }

    internal void Break(DateOnly on, int daysPastDue)
    {
        Status = PlanStatus.Broken;
        EndedOn = on;
        Note = $"broken at {daysPastDue} days past due";
    }

    internal void Complete(DateOnly on)
    {
        Status = PlanStatus.Completed;
        EndedOn = on;
    }
}
