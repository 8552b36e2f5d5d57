using System.Collections.Concurrent;

namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// Screens a collector's note or any text bound for a borrower: normalises it (<see cref="ScreenedText"/>), looks for
/// the patterns of intent and the configured phrases, and drops what is denied or reported (<see cref="MatchContext"/>).
/// Pure and quick: no I/O, compiled patterns.
/// </summary>
internal static class LanguageScreen
{
    private static readonly IReadOnlyList<IntentRule> Rules = [.. EnglishRules.All, .. ChineseRules.All];
    private static readonly ConcurrentDictionary<string, string> NormalisedPhrases = new(StringComparer.Ordinal);

    public static IReadOnlyList<ScreeningFlag> Check(string? text, ScreeningLists lists)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var screened = ScreenedText.Of(text);
        var hits = new List<(string Category, int Start, int Length)>();
        foreach (var rule in Rules)
        {
            foreach (System.Text.RegularExpressions.Match match in rule.Pattern.Matches(screened.Text))
            {
                var sentence = MatchContext.SentenceAround(screened.Text, match.Index);
                if (Stands(screened.Text, sentence, match.Index) && !MatchContext.Excused(rule.Category, screened.Text, sentence) && MatchContext.Framed(rule, screened.Text, sentence, match))
                {
                    hits.Add((rule.Category, match.Index, match.Length));
                }
            }
        }

        foreach (var (category, phrases) in lists.ByCategory())
        {
            foreach (var phrase in phrases.Select(p => NormalisedPhrases.GetOrAdd(p, static p => ScreenedText.Of(p).Text.Trim())).Where(p => p.Length > 0))
            {
                for (var at = screened.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = screened.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    if (WholeWords(screened.Text, at, phrase.Length) && Stands(screened.Text, MatchContext.SentenceAround(screened.Text, at), at))
                    {
                        hits.Add((category, at, phrase.Length));
                    }
                }
            }
        }

        return [.. Merged(hits).OrderBy(h => h.Start).Select(h => new ScreeningFlag(h.Category, screened.Quote(h.Start, h.Length)))];
    }

    private static bool Stands(string text, (int Start, int End) sentence, int at) =>
        !MatchContext.IsNegated(text, sentence.Start, at) && !MatchContext.IsReported(text, sentence.Start, at);

    /// <summary>A Latin phrase stands as whole words ("loser" is not in "closer"); Chinese has no spaces to check.</summary>
    private static bool WholeWords(string text, int at, int length) =>
        !(at > 0 && IsLatin(text[at - 1]) && IsLatin(text[at])) && !(at + length < text.Length && IsLatin(text[at + length]) && IsLatin(text[at + length - 1]));

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z';

    /// <summary>Overlapping hits of one category are one flag, over the words they cover together, in the order written.</summary>
    private static IEnumerable<(string Category, int Start, int Length)> Merged(List<(string Category, int Start, int Length)> hits)
    {
        foreach (var category in hits.GroupBy(h => h.Category))
        {
            var ordered = category.OrderBy(h => h.Start).ToList();
            var (start, end) = (ordered[0].Start, ordered[0].Start + ordered[0].Length);
            foreach (var hit in ordered.Skip(1))
            {
                if (hit.Start < end)
                {
                    end = Math.Max(end, hit.Start + hit.Length);
                    continue;
                }

                yield return (category.Key, start, end - start);
                (start, end) = (hit.Start, hit.Start + hit.Length);
            }

            yield return (category.Key, start, end - start);
        }
    }
}
