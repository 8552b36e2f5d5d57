using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Tests;

public sealed class ScreeningAndStrategyTests
{
    private static readonly ScreeningLists Lists = new();

    [Theory]
    [InlineData("Borrower promised 2000 on Friday; polite call.", null)]
    [InlineData("Told him we know where you live", "threat")]
    [InlineData("说他是废物", "insult")]
    [InlineData("said the POLICE WILL come", "banned-practice")]
    [InlineData("提到黑名单", "banned-practice")]
    public void Notes_with_threats_insults_or_banned_practices_are_flagged_in_either_language(string note, string? category)
    {
        var flags = LanguageScreen.Check(note, Lists);

        Assert.Equal(category, flags.Count == 0 ? null : flags[0].Category);
    }

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
