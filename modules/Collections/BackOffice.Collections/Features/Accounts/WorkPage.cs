using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

internal sealed record WorkPage(
    CollectionAccount Account, Debtor Debtor, GuardSummary Allowed, IReadOnlyList<ContactAttempt> Attempts, IReadOnlyList<PromiseToPay> Promises, Clearance? Clearance, bool UnitedStates,
    FieldVisit? Visit, int ValidationNoticeDays);
