namespace BackOffice.Origination.Contracts;

public sealed record DealerDto(Guid Id, string Name, string Code, string ContactEmail, DateTimeOffset RegisteredAt);
