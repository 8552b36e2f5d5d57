using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Complaints;

/// <summary>
/// One complaint as its page shows it; the handler by name, not by id; the remedies granted once closed; the version
/// the take form sends back, so taking a case someone else took a moment ago is refused rather than overwriting them.
/// </summary>
internal sealed record ComplaintDetails(
    Guid Id,
    string Reference,
    ComplaintStatus Status,
    ComplaintOutcome? Outcome,
    bool IsRegulatorReferred,
    ComplaintCategory Category,
    bool IsComplex,
    DateTimeOffset ReceivedAt,
    DateTimeOffset Deadline,
    bool Overdue,
    bool ExtensionApproved,
    DateTimeOffset? RespondBy,
    DateTimeOffset? RespondedAt,
    string? LoanReference,
    IReadOnlyList<string> CollectorIds,
    string? HandlerId,
    string? HandlerName,
    string Summary,
    IReadOnlyList<ComplaintNote> Notes,
    string? Remedy,
    decimal FeeRefund,
    bool Apology,
    Guid Version);
