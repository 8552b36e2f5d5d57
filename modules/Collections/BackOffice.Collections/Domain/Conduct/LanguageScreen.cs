namespace BackOffice.Collections.Domain.Conduct;

internal static class LanguageScreen
{
    public static IReadOnlyList<ScreeningFlag> Check(string? text, ScreeningLists lists)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return
        [
            .. Find(text, "threat", lists.Threats),
            .. Find(text, "insult", lists.Insults),
            .. Find(text, "banned-practice", lists.BannedPractices),
        ];
    }

    private static IEnumerable<ScreeningFlag> Find(string text, string category, IEnumerable<string> terms) =>
        terms.Where(term => text.Contains(term, StringComparison.OrdinalIgnoreCase)).Select(term => new ScreeningFlag(category, term));
}
