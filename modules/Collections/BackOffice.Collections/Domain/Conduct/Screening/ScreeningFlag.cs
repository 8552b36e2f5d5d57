namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// Why the screen refused a note or message: the <see cref="ScreeningCategory"/> and the collector's own words that
/// matched, so the compliance officer sees both.
/// </summary>
internal sealed record ScreeningFlag(string Category, string Term)
{
    /// <summary>The violation's rule as Compliance stores it ("category:words", at most 100 characters).</summary>
    public string Rule => $"{Category}:{Term}" is var rule && rule.Length > 100 ? rule[..100] : rule;
}
