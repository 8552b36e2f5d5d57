using BackOffice.Collections.Domain.Conduct.Screening;

namespace BackOffice.Collections.Tests.Screening;

/// <summary>
/// The screen against the hand-written corpus: tuned on dev only; the floors hold on holdout, which no rule was
/// fitted to (docs/screening.md has the figures).
/// </summary>
public sealed class ScreeningCorpusTests
{
    // Set from the holdout measurement in docs/screening.md (recall 0.733 en / 0.731 zh, precision 0.950 / 0.960),
    // a little under it so a harmless change to a rule does not fail the build; a change that loses real ground does.
    private const double HoldoutRecallFloor = 0.70;
    private const double HoldoutPrecisionFloor = 0.93;

    private static readonly ScreeningLists Lists = new();

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void The_corpus_holds_at_least_200_abusive_and_200_acceptable_notes_per_language(string language)
    {
        var halves = new[] { ScreeningCorpus.Load("dev", language), ScreeningCorpus.Load("holdout", language) };

        Assert.True(halves.Sum(h => h.Abusive.Count) >= 200, $"{language}: {halves.Sum(h => h.Abusive.Count)} abusive notes");
        Assert.True(halves.Sum(h => h.Acceptable.Count) >= 200, $"{language}: {halves.Sum(h => h.Acceptable.Count)} acceptable notes");
        Assert.All(halves.SelectMany(h => h.Abusive), a => Assert.Contains(a.Category, ScreeningCategory.All));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Holdout_recall_and_precision_meet_their_floors(string language)
    {
        var dev = ScreeningCorpus.Load("dev", language).Measure(Lists);
        var holdout = ScreeningCorpus.Load("holdout", language).Measure(Lists);
        TestContext.Current.TestOutputHelper?.WriteLine(dev.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine(holdout.ToString());

        Assert.True(holdout.Recall >= HoldoutRecallFloor, holdout.ToString());
        Assert.True(holdout.Precision >= HoldoutPrecisionFloor, holdout.ToString());
    }
}
