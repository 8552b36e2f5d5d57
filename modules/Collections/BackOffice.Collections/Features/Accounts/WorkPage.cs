using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>
/// The work page for one account: the account and the borrower, what the guard allows right now, the clearance
/// being worked (if any), the latest contacts and promises, the field visit, and the approved templates.
/// </summary>
internal sealed record WorkPage(
    WorkAccount Account,
    WorkDebtor Debtor,
    GuardSummary Allowed,
    IReadOnlyList<WorkAttempt> Attempts,
    IReadOnlyList<WorkPromise> Promises,
    WorkClearance? Clearance,
    bool UnitedStates,
    WorkVisit? Visit,
    int ValidationNoticeDays,
    IReadOnlyList<string> TemplateKeys);
