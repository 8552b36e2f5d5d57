using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Persistence;
using Mediator;

namespace BackOffice.Origination.Contracts;

/// <summary>Registers a partner dealer; its API clients are created for it afterwards.</summary>
public sealed record RegisterDealerCommand(string Name, string Code, string ContactEmail, string RegisteredBy) : ICommand<Guid>;

public sealed record DealerQuery(Guid DealerId) : IQuery<DealerDto?>;

public sealed record DealersQuery(string? Search = null, int Page = 1) : IQuery<PagedResult<DealerDto>>;

public sealed record DealerDto(Guid Id, string Name, string Code, string ContactEmail, DateTimeOffset RegisteredAt);

/// <summary>A dealer may now send applications; other modules keep what they need of it.</summary>
public sealed record DealerRegisteredIntegrationEvent(Guid DealerId, string Name, string Code) : IntegrationEvent;
