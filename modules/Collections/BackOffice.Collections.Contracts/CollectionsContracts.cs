using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Collections.Contracts;

/// <summary>The conduct guard refused a contact; <see cref="Rule"/> names the rule (e.g. "CN.quiet-hours").</summary>
public sealed record ContactBlockedIntegrationEvent(Guid AttemptId, string CollectorId, ContactMethod Channel, string Rule, string LoanReference)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("clearance", AttemptId);
}

/// <summary>
/// A contact an outside agency made broke a conduct rule (found when its log was imported): <see cref="Rule"/> as
/// the guard names it, <see cref="IntegrationEvent.OccurredAt"/> when the agency made the contact.
/// </summary>
public sealed record AgencyContactBreachedIntegrationEvent(
    Guid AgencyContactId, string Agency, string Reference, string Rule, string Reason, string LoanReference) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("agency-contact", AgencyContactId);
}

/// <summary>A manager let a blocked contact go ahead; always reviewed by Compliance.</summary>
public sealed record OverrideGrantedIntegrationEvent(
    Guid AttemptId, string CollectorId, string ManagerId, string Rule, string Reason, string LoanReference) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("clearance", AttemptId);
}

/// <summary>
/// Language screening flagged a note. Rule is "category:words": threat-violence, threat-home-or-work,
/// third-party-disclosure, fake-legal, shaming, insult or new-borrowing, and the collector's words that matched.
/// </summary>
public sealed record ConductFlagRaisedIntegrationEvent(Guid MessageId, string CollectorId, string Rule, string Excerpt, string LoanReference)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("clearance", MessageId);
}

/// <summary>A promise to pay passed its date without the payment; Servicing weighs it in the early-warning score.</summary>
public sealed record PromiseToPayBrokenIntegrationEvent(Guid PromiseId, Guid LoanId, string CollectorId, decimal Amount, DateOnly PromisedFor)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}

/// <summary>A logged contact attempt and its outcome ("no-answer", "refused", "right-party", …).</summary>
public sealed record ContactAttemptLoggedIntegrationEvent(
    Guid AttemptId, Guid LoanId, string CollectorId, ContactMethod Channel, string Outcome, DateTimeOffset At) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);

    /// <summary>Outcomes that reached nobody or were refused: they count against the loan's early-warning score.</summary>
    public static readonly IReadOnlyList<string> FailedOutcomes = ["no-answer", "not-connected", "wrong-number", "refused"];
}

/// <summary>The vehicle was repossessed after an approved field visit; the loan leaves servicing's daily run.</summary>
public sealed record VehicleRepossessedIntegrationEvent(Guid LoanId, Guid VisitId, DateOnly RepossessedOn, string ApprovedBy) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}

/// <summary>The borrower told a collector of hardship; the care team should talk about a plan.</summary>
public sealed record HardshipReferredIntegrationEvent(Guid LoanId, string CollectorId, string Note) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}

/// <summary>Collection conduct in a period, for the regulator report: Collections answers for its own numbers.</summary>
public sealed record ConductFiguresQuery(DateTimeOffset From, DateTimeOffset To) : Mediator.IQuery<ConductFigures>;

/// <summary>
/// Contacts by hour of the borrower's day (0–23) and by method (keyed by the <see cref="ContactMethod"/> name, as the
/// report prints it); blocked requests by rule; overrides, third-party contacts, visits.
/// </summary>
public sealed record ConductFigures(
    IReadOnlyList<int> ContactsByHour,
    IReadOnlyDictionary<string, int> ContactsByMethod,
    IReadOnlyDictionary<string, int> BlockedByRule,
    int Overrides,
    int ThirdPartyContacts,
    int Visits,
    int Repossessions);

/// <summary>The contacts made or attempted on a loan (blocked requests included), as evidence for a complaint.</summary>
public sealed record ContactAttemptsQuery(string LoanNumber) : Mediator.IQuery<IReadOnlyList<ContactAttemptDto>>;

/// <summary>One contact, or a request the guard blocked (<see cref="BlockedBy"/> lists the rules).</summary>
public sealed record ContactAttemptDto(
    Guid Id, DateTimeOffset At, string CollectorId, ContactMethod Method, string Outcome, IReadOnlyList<string> BlockedBy);

