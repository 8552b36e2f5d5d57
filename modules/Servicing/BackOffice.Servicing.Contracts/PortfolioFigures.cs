namespace BackOffice.Servicing.Contracts;

/// <summary>
/// Open accounts by delinquency bucket now; bucket moves in the period ("current→1-29": count) from which roll
/// rates are read; cures; repayment plans put in force by kind (restructures).
/// </summary>
public sealed record PortfolioFigures(
    int OpenAccounts, IReadOnlyDictionary<string, int> AccountsByBucket, IReadOnlyDictionary<string, int> BucketMoves, int Cures,
    IReadOnlyDictionary<string, int> Restructures);
