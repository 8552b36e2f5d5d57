using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Violations;

internal sealed record ViolationsView(
    PagedResult<ViolationRow> Rows, IReadOnlyList<Trend> ByCollector, IReadOnlyList<Trend> ByRule, ViolationStatus? Status, ViolationSource? Source);
