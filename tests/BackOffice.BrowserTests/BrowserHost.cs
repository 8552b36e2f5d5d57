using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// The host on a real socket and Debian's Chromium driven by Playwright: what a member of staff meets.
/// Screenshots of each test land in artifacts/screenshots for a person to look at.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly BackOfficeFactory factory;
    private IPlaywright? playwright;

    public BrowserHost()
        : this(new BackOfficeFactory())
    {
    }

    protected BrowserHost(BackOfficeFactory factory)
    {
        this.factory = factory;
    }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: build/test.sh installs Debian's chromium package.");
        }

        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    public IServiceProvider Services => factory.Services;

    /// <summary>Delivers the integration events waiting in every outbox (the tests' host does not run the dispatcher).</summary>
    public Task DeliverEventsAsync() => factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

    /// <summary>A browser of one's own (cookies, language) at a desktop width; page checks look at the tablet width too.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the real form, as a person would, and waits to leave the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BackOfficeFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(
            url => !url.Contains("/Account/Login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>Clicks and waits for the page it leads to, listening before the click so a fast answer is not missed.</summary>
    public static async Task ClickAndWaitForAsync(IPage page, ILocator target, string path)
    {
        var arrived = page.WaitForURLAsync(
            url => url.Contains(path, StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await target.ClickAsync();
        await arrived;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BackOffice.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
