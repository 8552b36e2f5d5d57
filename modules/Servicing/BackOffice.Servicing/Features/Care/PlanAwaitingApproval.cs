using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Features.Care;

internal sealed record PlanAwaitingApproval(Guid PlanId, Guid LoanId, string LoanNumber, PlanKind Kind, int Size, string Reason, string ProposedBy,
    DateTimeOffset ProposedAt);
