using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Servicing.Features.Care;

public sealed record CareWorklist(PagedResult<WarningRow> Warnings, IReadOnlyList<PlanAwaitingApproval> Plans);
