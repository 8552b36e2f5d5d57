using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Compliance.Domain;

public enum ComplaintSource
{
    Borrower,
    Dealer,
    Regulator,
}

public enum ComplaintCategory
{
    Harassment,
    AbusiveLanguage,
    ThirdPartyDisclosure,
    ContactAtNight,
    WrongAmount,
    Fees,
    Other,
}

public enum ComplaintStatus
{
    Open,
    Closed,
}

public enum ComplaintOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}

/// <summary>A note or piece of evidence the handler added, in order.</summary>
public sealed record CaseNote(DateTimeOffset At, string By, string Text);

/// <summary>
/// A complaint, from intake to its outcome, against the deadline of the policy pack. Whoever is named in it
/// may not handle it.
/// </summary>
public sealed class Complaint
{
    private Complaint()
    {
    }

    public Guid Id { get; private set; }

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

    public void Close(string by, ComplaintOutcome outcome, string? remedy, DateTimeOffset at)
    {
        MustBeOpen();
        MustBeHandler(by);
        Status = ComplaintStatus.Closed;
        Outcome = outcome;
        Remedy = remedy;
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

/// <summary>
/// Complaint deadlines by pack. CN (CBIRC complaint rules 2020): simple complaints resolved within 15 days,
/// complex within 30, one approved extension of 30 more. US (CFPB portal): answered in 15 days, closed in 60.
/// </summary>
public sealed record ComplaintDeadlines(int? RespondDays, int SimpleDays, int ComplexDays, int ExtensionDays)
{
    public static ComplaintDeadlines China { get; } = new(null, 15, 30, 30);

    public static ComplaintDeadlines UnitedStates { get; } = new(15, 60, 60, 0);

    public DateTimeOffset? RespondBy(DateTimeOffset received) => RespondDays is { } days ? received.AddDays(days) : null;

    public static ComplaintDeadlines For(bool unitedStates) => unitedStates ? UnitedStates : China;

    public DateTimeOffset ResolveBy(DateTimeOffset received, bool complex) => received.AddDays(complex ? ComplexDays : SimpleDays);

    public DateTimeOffset Extend(DateTimeOffset deadline) =>
        ExtensionDays > 0 ? deadline.AddDays(ExtensionDays) : throw new BusinessRuleException("no-extension", "This policy pack allows no extension.");
}
