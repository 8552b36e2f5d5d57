using System.Text.Json;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// What every page a journey visits must pass: axe-core finds no serious or critical violation, every form field
/// has a label, everything that can be clicked can be reached with Tab, and the page fits 1280 and 768 px without
/// a sideways scroll. Each check leaves screenshots at both widths.
/// </summary>
public static class PageChecks
{
    private static readonly Lazy<string> AxeSource = new(LoadAxe);

    public static async Task CheckAsync(IPage page, string step)
    {
        await AssertNoSeriousAxeViolationsAsync(page, step);
        await AssertFieldsAreLabelledAsync(page, step);
        await AssertEverythingIsReachableByKeyboardAsync(page, step);

        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 900 };
        foreach (var width in new[] { 1280, 768 })
        {
            await page.SetViewportSizeAsync(width, size.Height);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{step}: the page scrolls sideways by {overflow} px at {width} px wide ({page.Url}).");
            await BrowserHost.ScreenshotAsync(page, $"{step}-{width}");
        }

        await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page, string step)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated rather than added as a script tag: the pages' content security policy refuses inline scripts.
            await page.EvaluateAsync(AxeSource.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);
        var violations = found.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"{step} ({page.Url}) has accessibility violations:\n" + string.Join("\n", violations));
    }

    private static async Task AssertFieldsAreLabelledAsync(IPage page, string step)
    {
        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
                .map(f => f.outerHTML.slice(0, 120))
            """);
        Assert.True(unlabelled.Length == 0, $"{step} ({page.Url}) has fields without a label:\n" + string.Join("\n", unlabelled));
    }

    /// <summary>Nothing clickable is taken out of the tab order, and no positive tabindex reorders it.</summary>
    private static async Task AssertEverythingIsReachableByKeyboardAsync(IPage page, string step)
    {
        var unreachable = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [onclick], [tabindex]')]
                .filter(e => e.getClientRects().length > 0 && !e.disabled)
                .filter(e => e.tabIndex !== 0)
                .map(e => e.outerHTML.slice(0, 120))
            """);
        Assert.True(
            unreachable.Length == 0,
            $"{step} ({page.Url}) has controls outside the keyboard's tab order:\n" + string.Join("\n", unreachable));
    }

    private static string LoadAxe()
    {
        var path = Path.Combine(BrowserHost.RepositoryRoot, "tests", "BackOffice.BrowserTests", "axe", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException(
                $"axe-core is not at {path}: build/test.sh installs it (npm ci in tests/BackOffice.BrowserTests/axe).");
    }
}
