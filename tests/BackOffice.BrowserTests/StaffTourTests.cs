using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// The sign-in page, then each demo user in a Chinese browser opening every page their menu and module home pages
/// link to (the demo data's pages, not one record at a time): each passes the page checks and shows no English.
/// </summary>
public sealed partial class StaffTourTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int MaxPagesPerPerson = 25;

    [Fact]
    public async Task Every_page_each_person_can_reach_from_their_menu_passes_the_checks_in_chinese()
    {
        await host.DeliverEventsAsync();
        var english = new List<string>();
        var visited = 0;
        var stranger = await host.NewPageAsync(locale: "zh-CN");
        await stranger.GotoAsync("/Account/Login");
        await PageChecks.CheckAsync(stranger, "tour-sign-in");
        english.AddRange(await UntranslatedText.FindAsync(stranger, "tour-sign-in") is { } onSignIn ? [onSignIn] : []);
        foreach (var who in DemoStaff.All)
        {
            var person = new KeyboardUser(await host.NewPageAsync(locale: "zh-CN"));
            await person.SignInAsync(who);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var waiting = new Queue<string>(["/"]);
            while (waiting.TryDequeue(out var path) && seen.Count < MaxPagesPerPerson)
            {
                if (!seen.Add(path))
                {
                    continue;
                }

                var response = await person.Page.GotoAsync(path);
                Assert.True(response?.Ok, $"{who} at {path}: {response?.Status}");
                var step = $"tour-{who.Split('@')[0]}-{Slug(path)}";
                await PageChecks.CheckAsync(person.Page, step);
                english.AddRange(await UntranslatedText.FindAsync(person.Page, step) is { } found ? [found] : []);
                visited++;
                foreach (var link in await LinksAsync(person.Page))
                {
                    waiting.Enqueue(link);
                }
            }
        }

        Assert.True(visited > DemoStaff.All.Length * 2, $"The tour saw only {visited} pages.");
        Assert.True(english.Count == 0, "English left on pages shown in Chinese:\n" + string.Join("\n", english));
    }

    /// <summary>Links to list and home pages of this site: no record ids, no exports, no signing out.</summary>
    private static async Task<IEnumerable<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('nav a[href], main a[href]')].map(a => a.getAttribute('href'))");
        return hrefs.Where(h => h.StartsWith('/') && !h.Contains('?', StringComparison.Ordinal) && !RecordOrFile().IsMatch(h));
    }

    private static string Slug(string path) => path == "/" ? "home" : path.Trim('/').Replace('/', '-').ToLowerInvariant();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}|/\d+$|Csv|Xlsx|Export|Logout|/Account/|\.(png|pdf|csv|xlsx)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordOrFile();
}
