namespace BackOffice.BrowserTests;

/// <summary>What a collector who read the lessons answers: the demo courses' questions and their right options.</summary>
public static class ExamAnswers
{
    private static readonly Dictionary<string, int[]> Right = new(StringComparer.Ordinal)
    {
        ["May you call at 22:30 borrower time without their agreement?"] = [1],
        ["How many connected calls per debtor per day at most?"] = [1],
        ["Which are banned?"] = [0, 2, 3],
        ["May you tell the borrower's employer about the debt?"] = [1],
        ["Dial attempts to one unanswered number per day at most?"] = [1],
        ["The borrower shouts. You…"] = [1],
        ["A good close of a call is…"] = [0],
        ["May you insult a borrower who insulted you?"] = [1],
        ["When the borrower asks you to stop calling in writing…"] = [1],
    };

    /// <summary>The right options of the question the legend asks (the legend may add "choose all that apply").</summary>
    public static int[] For(string legend) =>
        Right.FirstOrDefault(q => legend.StartsWith(q.Key, StringComparison.Ordinal)).Value
        ?? throw new InvalidOperationException($"No answer known for \"{legend}\".");
}
