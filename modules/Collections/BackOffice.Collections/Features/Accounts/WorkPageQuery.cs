using Mediator;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The collector's work page for one account.</summary>
internal sealed record WorkPageQuery(Guid LoanId, string StaffId, bool Manager, Guid? ClearanceId) : IQuery<WorkPage>;
