using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Servicing.Features.Care;

internal sealed record CareWorklist(PagedResult<WarningRow> Warnings, IReadOnlyList<PlanAwaitingApproval> Plans);
