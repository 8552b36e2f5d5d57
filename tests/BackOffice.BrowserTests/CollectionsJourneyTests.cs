using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using BackOffice.Training.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>The collector's work page in Chromium, by keyboard: the account by priority, what is allowed now, and the guard's answer.</summary>
public sealed class CollectionsJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly SemaphoreSlim Prepared = new(1, 1);
    private static bool ready;

    [Fact]
    public async Task Collector_opens_the_next_account_sees_what_is_allowed_now_and_asks_the_guard()
    {
        await PrepareAsync();
        var person = new KeyboardUser(await host.NewPageAsync());
        var collector = person.Page;
        await person.SignInAsync(DemoStaff.Collector);
        await collector.GotoAsync("/collections");
        await person.PressAndWaitForAsync(collector.Locator("#next-account"), "/collections/Accounts/Work/");
        await Assertions.Expect(collector.Locator("#allowed-now")).ToContainTextAsync("connected calls left today");
        await PageChecks.CheckAsync(collector, "collections-work");

        await person.ChooseAsync(collector.GetByLabel("Method", new() { Exact = true }), "Call");
        await person.PressAndWaitForAsync(collector.GetByRole(AriaRole.Button, new() { Name = "Ask for clearance now" }), "clearance=");

        // Allowed or blocked depends on the hour in Shanghai when the suite runs; either way the guard answers in words.
        await Assertions.Expect(collector.Locator("#clearance-allowed, #clearance-blocked")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(collector, "collections-clearance");
    }

    /// <summary>The demo collector certified for phone contact, and the demo loan five days past due, queued and assigned.</summary>
    private async Task PrepareAsync()
    {
        await Prepared.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (ready)
            {
                return;
            }

            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var collector = (await services.GetRequiredService<UserManager<Host.Access.StaffUser>>().FindByEmailAsync("collector@backoffice.local"))!;
            var training = services.GetRequiredService<TrainingDbContext>();
            var course = await training.Courses.FirstAsync(c => c.Code == "CONDUCT-CN", TestContext.Current.CancellationToken);
            training.Certifications.Add(Training.Domain.Certification.Grant(collector.Id, course, course.Channel, 1, DateTimeOffset.UtcNow, new Training.Domain.CertificationTerm(12, TimeZoneInfo.Utc)));
            await training.SaveChangesAsync(TestContext.Current.CancellationToken);
            await host.DeliverEventsAsync();
            var firstDue = await services.GetRequiredService<ServicingDbContext>().Installments
                .MinAsync(i => i.DueDate, TestContext.Current.CancellationToken);
            await services.GetRequiredService<CloseOfBusinessRunner>().RunThroughAsync(
                firstDue.AddDays(5),
                "browser test",
                TestContext.Current.CancellationToken);
            await host.DeliverEventsAsync();
            ready = true;
        }
        finally
        {
            Prepared.Release();
        }
    }
}
