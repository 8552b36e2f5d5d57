using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Tests;

public sealed class StrategyTests
{
    [Theory]
    [InlineData(5, 100, 0, 0, "early", 30)]
    [InlineData(5, 100, 45, 0, "early-risky", 40)]
    [InlineData(30, 100, 0, 0, "mid", 50)]
    [InlineData(45, 25_000, 0, 0, "high-balance", 60)]
    [InlineData(60, 100, 0, 0, "late", 70)]
    [InlineData(90, 100, 0, 0, "recovery", 90)]
    [InlineData(5, 100, 0, 2, "early", 50)]
    public void Strategy_places_accounts_by_bucket_balance_risk_and_broken_promises(
        int days, int overdue, int score, int broken, string queue, int priority) =>
        Assert.Equal((queue, priority), new CollectionStrategy().Place(days, overdue, score, broken));
}
