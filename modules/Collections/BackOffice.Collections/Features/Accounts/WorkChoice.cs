using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>
/// One choice in the borrower's history as the work page shows it, staff named: made (when, how, recorded by whom),
/// and how it ended — withdrawn by the borrower, or a dispute answered by the verification letter.
/// </summary>
internal sealed record WorkChoice(
    Guid Id,
    ChoiceKind Kind,
    ContactMethod? Method,
    TimeWindow? Window,
    ChoiceAct Made,
    ChoiceAct? Withdrawn,
    DisputeVerification? Verified,
    bool Binding);
