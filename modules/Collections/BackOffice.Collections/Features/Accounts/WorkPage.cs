using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.Accounts;

internal sealed record WorkPage(
    CollectionAccount Account, Debtor Debtor, GuardSummary Allowed, IReadOnlyList<ContactAttempt> Attempts, IReadOnlyList<PromiseToPay> Promises, Clearance? Clearance, bool UnitedStates,
    FieldVisit? Visit, int ValidationNoticeDays);
