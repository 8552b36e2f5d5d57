using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// A complaint, from intake to its outcome, against the deadline of the policy pack. Whoever is named in it
/// may not handle it.
/// </summary>
internal sealed class Complaint : IVersioned
{
    private Complaint()
    {
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public string Reference { get; private set; } = "";

    public ComplaintSource Source { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public bool IsComplex { get; private set; }

    public string? LoanReference { get; private set; }

    public IReadOnlyList<string> CollectorIds { get; private set; } = [];

    public string Summary { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>US: the company's response is due 15 days after receipt; a handler taking the case responds.</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public bool ExtensionApproved { get; private set; }

    public string? HandlerId { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    public string? Remedy { get; private set; }

    /// <summary>Late fees to refund on the loan as a remedy (Servicing refunds what is there to refund).</summary>
    public decimal FeeRefund { get; private set; }

    /// <summary>Whether an apology letter goes to the borrower as a remedy.</summary>
    public bool Apology { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<CaseNote> Notes { get; private set; } = [];

    /// <summary>Referred by the regulator: flagged everywhere it is listed.</summary>
    public bool IsRegulatorReferred => Source == ComplaintSource.Regulator;

    public static Complaint Register(string reference, ComplaintSource source, ComplaintCategory category, bool isComplex,
        string? loanReference, IReadOnlyList<string> collectorIds, string summary, DateTimeOffset receivedAt, ComplaintDeadlines deadlines) => new()
    {
        Id = Guid.CreateVersion7(),
        Reference = reference,
        Source = source,
        Category = category,
        IsComplex = isComplex,
        LoanReference = loanReference,
        CollectorIds = collectorIds,
        Summary = summary,
        ReceivedAt = receivedAt,
        Deadline = deadlines.ResolveBy(receivedAt, isComplex),
        RespondBy = deadlines.RespondBy(receivedAt),
        Status = ComplaintStatus.Open,
    };

    public bool IsOverdueAt(DateTimeOffset now) =>
        Status == ComplaintStatus.Open && (now > Deadline || (RespondBy is { } respond && RespondedAt is null && now > respond));

    /// <summary>A handler takes the case; anyone the complaint is about is refused (conflict of interest).</summary>
    public void AssignHandler(string handlerId, DateTimeOffset at)
    {
        if (CollectorIds.Contains(handlerId))
        {
            throw new BusinessRuleException("conflict-of-interest", "The complaint is about you: someone with no stake in it must handle it.");
        }

        MustBeOpen();
        HandlerId = handlerId;
        RespondedAt ??= at;
    }

    public void AddNote(string by, string text, DateTimeOffset at)
    {
        MustBeOpen();
        MustBeHandler(by);
        Notes = [.. Notes, new CaseNote(at, by, text)];
    }

    /// <summary>The one extension the pack allows (CN: 30 more days).</summary>
    public void ApproveExtension(ComplaintDeadlines deadlines)
    {
        MustBeOpen();
        if (ExtensionApproved)
        {
            throw new BusinessRuleException("extension-used", "The one extension has been used.");
        }

        Deadline = deadlines.Extend(Deadline);
        ExtensionApproved = true;
    }

    /// <summary>Closes the case with the remedies granted; a refund or an apology needs the loan they concern.</summary>
    public void Close(string by, ComplaintOutcome outcome, string? remedy, decimal feeRefund, bool apology, DateTimeOffset at)
    {
        MustBeOpen();
        MustBeHandler(by);
        if ((feeRefund > 0m || apology) && string.IsNullOrEmpty(LoanReference))
        {
            throw new BusinessRuleException("remedy-without-loan", "A fee refund or an apology letter needs the loan the complaint is about.");
        }

        Status = ComplaintStatus.Closed;
        Outcome = outcome;
        Remedy = remedy;
        FeeRefund = feeRefund;
        Apology = apology;
        ClosedAt = at;
    }

    private void MustBeOpen()
    {
        if (Status != ComplaintStatus.Open)
        {
            throw new BusinessRuleException("closed", "The complaint is closed.");
        }
    }

    private void MustBeHandler(string by)
    {
        if (HandlerId != by)
        {
            throw new BusinessRuleException("not-handler", "Only the assigned handler may do this; take the case first.");
        }
    }
}
