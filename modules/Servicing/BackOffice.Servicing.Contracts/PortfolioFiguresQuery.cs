namespace BackOffice.Servicing.Contracts;

/// <summary>The portfolio in a period, for the regulator report: Servicing answers for its own numbers.</summary>
public sealed record PortfolioFiguresQuery(DateOnly From, DateOnly To) : Mediator.IQuery<PortfolioFigures>;
