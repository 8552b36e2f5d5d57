using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// A person who works with the keyboard only: every control is reached with Tab from wherever the focus is and
/// used with Enter, Space, the arrow keys or typing. A control Tab never reaches fails the journey.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    /// <summary>Enough for the longest page a journey visits (menus, tables of links, forms) to wrap around once.</summary>
    private const int MaxTabs = 400;

    public IPage Page { get; } = page;

    public async Task TabToAsync(ILocator target)
    {
        var element = target.First;
        await element.WaitForAsync();
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            if (await element.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target} on {Page.Url}.");
    }

    public async Task TypeAsync(ILocator field, string text)
    {
        await TabToAsync(field);
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.InsertTextAsync(text);
        Assert.Equal(text, await field.First.InputValueAsync());
    }

    /// <summary>A date field is reached with Tab; its day, month and year are the browser's own control, set in ISO form.</summary>
    public async Task EnterDateAsync(ILocator field, DateOnly date)
    {
        await TabToAsync(field);
        await field.First.FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Moves a closed drop-down with the arrow keys (as on Windows and Linux) to the option of that value or with that text in it.</summary>
    public async Task ChooseAsync(ILocator select, string optionText)
    {
        await TabToAsync(select);
        var (current, wanted) = await IndexesAsync(select, optionText);
        var key = wanted > current ? "ArrowDown" : "ArrowUp";
        for (var step = 0; step < Math.Abs(wanted - current); step++)
        {
            await Page.Keyboard.PressAsync(key);
        }

        Assert.Equal(wanted, (await IndexesAsync(select, optionText)).Current);
    }

    public async Task TickAsync(ILocator checkbox)
    {
        await TabToAsync(checkbox);
        await Page.Keyboard.PressAsync("Space");
        Assert.True(await checkbox.First.IsCheckedAsync());
    }

    /// <summary>Tab lands on a radio group once; the arrow keys move through it and pick as they go.</summary>
    public async Task PickRadioAsync(ILocator group, int index)
    {
        await TabToAsync(group.First);
        await Page.Keyboard.PressAsync("Space");
        for (var step = 0; step < index; step++)
        {
            await Page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.True(await group.Nth(index).IsCheckedAsync());
    }

    /// <summary>Presses Enter on a link or button and waits for the page it leads to, listening before the key goes down.</summary>
    public async Task PressAndWaitForAsync(ILocator control, string path)
    {
        await TabToAsync(control);
        var arrived = Page.WaitForURLAsync(
            url => url.Contains(path, StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Page.Keyboard.PressAsync("Enter");
        await arrived;
    }

    /// <summary>
    /// Presses Enter on a form's button and waits for the next document, which may come back to the same address
    /// (post, redirect, get): the old document is marked, and the wait ends when a document without the mark is loaded.
    /// </summary>
    public async Task SubmitAsync(ILocator button)
    {
        await TabToAsync(button);
        await Page.EvaluateAsync("() => { window.__leaving = true; }");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync("() => !window.__leaving && document.readyState !== 'loading'");
    }

    public async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/Account/Login");
        await TypeAsync(Page.Locator("#Email"), email);
        await TypeAsync(Page.Locator("#Password"), BackOfficeFactory.DemoPassword);
        await SubmitAsync(Page.Locator("form button[type=submit]"));
        Assert.DoesNotContain("/Account/Login", Page.Url, StringComparison.Ordinal);
    }

    private static async Task<(int Current, int Wanted)> IndexesAsync(ILocator select, string optionText)
    {
        var indexes = await select.First.EvaluateAsync<int[]>(
            "(s, text) => [s.selectedIndex, [...s.options].findIndex(o => o.value === text || o.text.includes(text))]", optionText);
        Assert.True(indexes[1] >= 0, $"No option '{optionText}' in {select}.");
        return (indexes[0], indexes[1]);
    }
}
