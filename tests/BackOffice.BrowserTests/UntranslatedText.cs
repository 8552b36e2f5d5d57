using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// A page shown in Chinese has no English left in it: every Latin word in its text, labels and placeholders is
/// either on a short allow-list of codes and abbreviations, inside code, kbd or samp, or inside an element the page
/// marks translate="no" (people's names, loan numbers, notes staff typed, rule ids — data, not the interface).
/// </summary>
public static partial class UntranslatedText
{
    /// <summary>Codes and abbreviations a Chinese reader meets as they are.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "BackOffice", "Markdown", "APR", "API", "CN", "US", "SMS", "VIN", "CSV", "XLSX", "UTC", "ID", "PTI", "DTI", "LTV", "SHA", "CNY", "USD",
    };

    /// <summary>The English words on the page, as "step: word, word" — empty when there are none.</summary>
    public static async Task<string?> FindAsync(IPage page, string step)
    {
        var text = await page.EvaluateAsync<string>("""
            () => {
              const skip = el => el.closest('script, style, noscript, template, code, kbd, samp, [hidden], [translate="no"]');
              const parts = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!skip(node.parentElement)) parts.push(node.textContent);
              }
              for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
                if (!skip(el)) parts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
              }
              return parts.join('\n');
            }
            """);
        var english = LatinWord().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        return english.Count == 0 ? null : $"{step} ({page.Url}): {string.Join(", ", english)}";
    }

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z'’]+\b")]
    private static partial Regex LatinWord();
}
