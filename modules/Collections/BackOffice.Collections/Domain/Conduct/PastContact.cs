using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain.Conduct;

/// <summary>A contact attempt already logged (or a clearance issued and not yet used), as the rules count it.</summary>
internal sealed record PastContact(
    DateTimeOffset At, ContactMethod Method, Party Party, Guid? ThirdPartyId, string Destination, ContactOutcome Outcome, bool Consented = false)
{
    /// <summary>A clearance issued but not yet used: it may become a connected call, so limits count it.</summary>
    public bool Pending => Outcome == ContactOutcome.Pending;

    public bool Connected => Outcome is ContactOutcome.RightParty or ContactOutcome.ThirdParty or ContactOutcome.PromiseToPay
        or ContactOutcome.Refused or ContactOutcome.DisputeRaised or ContactOutcome.Hardship or ContactOutcome.Pending;

    /// <summary>A telephone conversation with the debtor (US: no further call for 7 days).</summary>
    public bool Conversation => Method == ContactMethod.Call && Party == Party.Debtor
        && Outcome is ContactOutcome.RightParty or ContactOutcome.PromiseToPay or ContactOutcome.Refused or ContactOutcome.DisputeRaised
            or ContactOutcome.Hardship;

    /// <summary>Rang through and nobody answered, or the number led nowhere.</summary>
    public bool Failed => Outcome is ContactOutcome.NoAnswer or ContactOutcome.NotConnected or ContactOutcome.WrongNumber;
}
