namespace BackOffice.Collections.Domain.Conduct;

/// <summary>Everything the guard weighs besides the request: who the borrower is and where, what happened before.</summary>
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
    bool NothingOverdue = false);
