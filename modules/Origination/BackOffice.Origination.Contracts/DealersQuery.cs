using BackOffice.BuildingBlocks.Persistence;
using Mediator;

namespace BackOffice.Origination.Contracts;

public sealed record DealersQuery(string? Search = null, int Page = 1) : IQuery<PagedResult<DealerDto>>;
