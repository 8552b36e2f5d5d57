using Mediator;

namespace BackOffice.Origination.Contracts;

/// <summary>Registers a partner dealer; its API clients are created for it afterwards.</summary>
public sealed record RegisterDealerCommand(string Name, string Code, string ContactEmail, string RegisteredBy) : ICommand<Guid>;
