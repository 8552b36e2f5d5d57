using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Plans;

public sealed record PlanPreview(LoanAccount Loan, PlanKind Kind, int Size, IReadOnlyList<ScheduledInstallment> Schedule, bool NeedsApproval);
