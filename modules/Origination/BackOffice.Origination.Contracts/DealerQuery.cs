using Mediator;

namespace BackOffice.Origination.Contracts;

public sealed record DealerQuery(Guid DealerId) : IQuery<DealerDto?>;
