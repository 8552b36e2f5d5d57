using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Features.Plans;

/// <summary>The plan preview page: the schedule under the plan, line by line against the schedule before it.</summary>
internal sealed record PlanPreview(Guid LoanId, string LoanNumber, PlanKind Kind, int Size, IReadOnlyList<PlanPreviewLine> Lines, bool NeedsApproval);
