using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// One choice in the borrower's history: what (with its method, time window or third party), when it was made and
/// how, and — once — its end: withdrawn by the borrower, or for a dispute answered by a verification letter. Only a
/// choice that has not ended binds the guard; ended ones stay for the record.
/// </summary>
internal sealed record RecordedChoice(
    Guid Id,
    ChoiceKind Kind,
    ChoiceAct Made,
    ContactMethod? Method = null,
    TimeWindow? Window = null,
    Guid? ThirdPartyId = null,
    ChoiceAct? Withdrawn = null,
    DisputeVerification? Verified = null)
{
    public bool Binding => Withdrawn is null && Verified is null;

    /// <summary>The same choice made again while this one binds adds nothing (a second cease request keeps the first date).</summary>
    public bool SameAs(ChoiceKind kind, ContactMethod? method, TimeWindow? window, Guid? thirdPartyId) =>
        Binding && Kind == kind && Method == method && Window == window && ThirdPartyId == thirdPartyId;
}
