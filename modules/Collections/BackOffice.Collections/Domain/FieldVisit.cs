using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Collections.Domain;

/// <summary>
/// A field visit, and possibly repossession, under approval: a collector asks, a manager approves (saying
/// whether repossession is allowed), a notice of intent goes to the borrower, the waiting period runs, then two
/// certified collectors may visit (the guard checks each step) and record what happened.
/// </summary>
internal sealed class FieldVisit : IVersioned
{
    private FieldVisit()
    {
    }

    public FieldVisit(Guid loanId, string requestedBy, string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("visit-reason-missing", "Say why a visit is needed.");
        }

        Id = Guid.CreateVersion7();
        LoanId = loanId;
        RequestedBy = requestedBy;
        Reason = reason.Trim();
        RequestedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid LoanId { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public VisitStatus Status { get; private set; }

    public bool RepossessionAllowed { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? NoticeSentAt { get; private set; }

    public DateOnly? VisitFrom { get; private set; }

    public string? Outcome { get; private set; }

    public bool IsOpen => Status is VisitStatus.Requested or VisitStatus.Approved or VisitStatus.NoticeSent;

    public void Decide(string manager, bool approve, bool allowRepossession)
    {
        if (Status != VisitStatus.Requested)
        {
            throw new BusinessRuleException("visit-decided", "This visit has already been decided.");
        }

        if (string.Equals(manager, RequestedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("four-eyes", "A manager cannot approve a visit they asked for.");
        }

        Status = approve ? VisitStatus.Approved : VisitStatus.Rejected;
        RepossessionAllowed = approve && allowRepossession;
        DecidedBy = manager;
    }

    /// <summary>The notice of intent went out; visits may start once the waiting period has run.</summary>
    public void NoticeSent(DateTimeOffset at, DateOnly visitFrom)
    {
        if (Status == VisitStatus.Approved)
        {
            Status = VisitStatus.NoticeSent;
            NoticeSentAt = at;
            VisitFrom = visitFrom;
        }
    }

    public void Complete(string outcome)
    {
        Status = VisitStatus.Done;
        Outcome = outcome;
    }
}
