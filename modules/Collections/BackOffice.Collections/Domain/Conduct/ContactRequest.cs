namespace BackOffice.Collections.Domain.Conduct;

public enum ContactMethod
{
    Call,
    Sms,
    Letter,
    Visit,
}

/// <summary>Whom the contact is for: the debtor, or a third party (reference, employer, relative).</summary>
public enum Party
{
    Debtor,
    ThirdParty,
}

/// <summary>
/// What a collector asks the guard before any contact: the person, the method, the number or address, and
/// when. A visit names the second collector who goes along.
/// </summary>
public sealed record ContactRequest(
    string CollectorId, Party Party, Guid? ThirdPartyId, ContactMethod Method, string Destination, DateTimeOffset PlannedAt, string? SecondCollectorId = null);

/// <summary>A contact attempt already logged (or a clearance issued and not yet used), as the rules count it.</summary>
public sealed record PastContact(
    DateTimeOffset At, ContactMethod Method, Party Party, Guid? ThirdPartyId, string Destination, ContactOutcome Outcome, bool Consented = false)
{
    /// <summary>A clearance issued but not yet used: it may become a connected call, so limits count it.</summary>
    public bool Pending => Outcome == ContactOutcome.Pending;

    public bool Connected => Outcome is ContactOutcome.RightParty or ContactOutcome.ThirdParty or ContactOutcome.PromiseToPay
        or ContactOutcome.Refused or ContactOutcome.DisputeRaised or ContactOutcome.Hardship or ContactOutcome.Pending;

    /// <summary>A telephone conversation with the debtor (US: no further call for 7 days).</summary>
    public bool Conversation => Method == ContactMethod.Call && Party == Party.Debtor
        && Outcome is ContactOutcome.RightParty or ContactOutcome.PromiseToPay or ContactOutcome.Refused or ContactOutcome.DisputeRaised or ContactOutcome.Hardship;

    /// <summary>Rang through and nobody answered, or the number led nowhere.</summary>
    public bool Failed => Outcome is ContactOutcome.NoAnswer or ContactOutcome.NotConnected or ContactOutcome.WrongNumber;
}

public enum ContactOutcome
{
    Pending,
    NoAnswer,

    /// <summary>The call never reached the dialled number (network, busy signal): Reg F does not count it.</summary>
    NotConnected,
    RightParty,
    ThirdParty,
    WrongNumber,
    PromiseToPay,
    Refused,
    DisputeRaised,
    Hardship,

    /// <summary>An SMS or letter sent from an approved template.</summary>
    MessageSent,

    /// <summary>A field visit that took the vehicle back, under an approval that allowed it.</summary>
    VehicleRepossessed,
}

/// <summary>A span of local time of day; it may run past midnight (22:00–08:00).</summary>
public sealed record TimeWindow(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => From <= To ? time >= From && time < To : time >= From || time < To;
}

/// <summary>
/// The borrower's choices with their dates, binding on every collector: a cease request, an open dispute, a
/// lawyer to speak to instead, media opted out of, times named inconvenient, times consented to, and third
/// parties who refused to be contacted again.
/// </summary>
public sealed record BorrowerChoices(
    DateTimeOffset? CeaseRequestedAt = null,
    DateTimeOffset? DisputeOpenedAt = null,
    DateTimeOffset? RepresentedSince = null,
    IReadOnlySet<ContactMethod>? OptedOut = null,
    IReadOnlyList<TimeWindow>? Inconvenient = null,
    IReadOnlyList<TimeWindow>? Consented = null,
    IReadOnlySet<Guid>? RefusedThirdParties = null)
{
    public static readonly BorrowerChoices None = new();
}

/// <summary>Everything the guard weighs besides the request: who the borrower is and where, what happened before.</summary>
public sealed record GuardFacts(
    string TimeZone,
    BorrowerChoices Choices,
    bool PlanInForce,
    bool CollectorCertified,
    bool SecondCollectorCertified,
    bool DebtorNumbersAllInvalid,
    IReadOnlyList<PastContact> History,
    DateOnly? VisitAllowedFrom = null,
    DateTimeOffset? FirstCommunicationAt = null,
    DateTimeOffset? ValidationNoticeSentAt = null);
