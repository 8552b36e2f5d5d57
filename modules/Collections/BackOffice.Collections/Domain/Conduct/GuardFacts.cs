namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// Everything the guard weighs besides the request: who the borrower is and where (time zone; region, the state or
/// province, when known), what happened before.
/// </summary>
internal sealed record GuardFacts(
    string TimeZone,
    BorrowerChoices Choices,
    bool PlanInForce,
    bool CollectorCertified,
    bool SecondCollectorCertified,
    bool DebtorNumbersAllInvalid,
    IReadOnlyList<PastContact> History,
    DateOnly? VisitAllowedFrom = null,
    DateTimeOffset? FirstCommunicationAt = null,
    DateTimeOffset? ValidationNoticeSentAt = null,
    string? Region = null,
    bool NothingOverdue = false);
