using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

public sealed class TrainingJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Trainer_enrols_every_collector_and_a_collector_reads_the_lessons_and_sits_the_exam()
    {
        var trainer = await host.NewPageAsync();
        await BrowserHost.SignInAsync(trainer, DemoStaff.Trainer);
        await trainer.GotoAsync("/training/Courses");
        await trainer.Locator("tr[data-course='CONDUCT-CN'] form.enrol-role button").ClickAsync();
        Assert.Contains("enrolled", await trainer.Locator("#status-message").InnerTextAsync(), StringComparison.Ordinal);

        var collector = await host.NewPageAsync();
        await BrowserHost.SignInAsync(collector, DemoStaff.Collector);
        await collector.GotoAsync("/training");
        await collector.Locator("#my-courses a").First.ClickAsync();
        Assert.Equal("Hours and frequency", await collector.Locator(".lesson h2").First.InnerTextAsync());
        await PageChecks.CheckAsync(collector, "training-lessons");

        await collector.Locator("#start-exam").ClickAsync();
        await collector.WaitForSelectorAsync("#exam");
        Assert.Equal(4, await collector.Locator("fieldset.question").CountAsync());
        Assert.DoesNotContain("correct", await collector.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await PageChecks.CheckAsync(collector, "training-exam");

        await collector.Locator("#submit-exam").ClickAsync();
        var result = await collector.Locator("#result").InnerTextAsync();
        Assert.StartsWith("Not passed (0%)", result.Trim(), StringComparison.Ordinal);
    }
}
