using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// The whole lifecycle across personas in Chromium, each person at a browser of their own and working with the
/// keyboard only: a dealer's loan from the API to delinquency, a night call the conduct guard blocks, the
/// complaint about it upheld, the collector suspended and retrained, and the trainer's and regulator's figures.
/// Every page visited passes <see cref="PageChecks"/>; the key pages are then read in Chinese.
/// </summary>
public sealed class LifecycleJourneyTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    /// <summary>The clock starts on 1 December 2026 at 10:00 in Shanghai: the loan is booked that day, first due a month later.</summary>
    private static readonly DateOnly BookedOn = new(2026, 12, 1);
    private static readonly DateOnly FirstDue = BookedOn.AddMonths(1);

    [Fact]
    public async Task Dealer_loan_to_delinquency_night_call_blocked_day_call_and_promise_complaint_upheld_collector_retrained_and_counted()
    {
        var (clientId, secret) = await AdminCreatesDealerClientAsync();
        var dealer = await DealerApi.ConnectAsync(new HttpClient { BaseAddress = new Uri(host.BaseUrl) }, clientId, secret);
        var submitted = await dealer.SubmitOkAsync(Applications.Referable());
        Assert.Equal("Referred", submitted.GetProperty("status").GetString());
        var applicationId = submitted.GetProperty("id").GetGuid();

        await UnderwriterApprovesAsync(applicationId);
        var booked = await DealerApi.ReadAsync(await dealer.PostAsync($"/api/v1/applications/{applicationId}/contract"));
        Assert.Equal("Booked", booked.GetProperty("status").GetString());
        var loanId = booked.GetProperty("booking").GetProperty("loanId").GetGuid();
        await host.DeliverEventsAsync();

        host.SetClock(FirstDue.AddDays(6), 2);
        var loanNumber = await OperatorClosesBusinessUntilDelinquentAsync(loanId);
        await ManagerSeesTheAccountQueuedAsync(loanNumber);
        await CollectorQualifiesAsync("CONDUCT-CN", "collector-conduct-exam");
        await ManagerAssignsTheAccountAsync(loanNumber, "10-manager-assigned");

        host.SetClock(FirstDue.AddDays(6), 14, 30);
        await CollectorIsBlockedAtNightAsync(loanId);
        host.SetClock(FirstDue.AddDays(7), 2);
        await CollectorCallsAndTakesAPromiseAsync(loanId);

        await ComplianceUpholdsTheComplaintAsync(loanNumber);
        await host.DeliverEventsAsync();
        await CollectorIsSuspendedAndRetrainedAsync();
        await host.DeliverEventsAsync();
        await ManagerAssignsTheAccountAsync(loanNumber, "20b-manager-assigns-again-after-reinstatement");
        await TrainerSeesCoverageAsync();
        await ComplianceReadsThePeriodReportAsync();

        await KeyPagesReadInChineseAsync(applicationId, loanId);
    }

    private async Task<(string ClientId, string Secret)> AdminCreatesDealerClientAsync()
    {
        var admin = await host.SignInAsync(DemoStaff.Admin);
        await admin.PressAndWaitForAsync(admin.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Dealers" }), "/Dealers");
        await admin.Page.GotoAsync("/Dealers/Register");
        await PageChecks.CheckAsync(admin.Page, "01-admin-registers-dealer");
        await admin.TypeAsync(admin.Page.GetByLabel("Name", new() { Exact = true }), "Harbour Motors");
        await admin.TypeAsync(admin.Page.GetByLabel("Code", new() { Exact = true }), "HARBOUR");
        await admin.TypeAsync(admin.Page.GetByLabel("Contact email"), "it@harbour-motors.example");
        await admin.SubmitAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "Register" }));
        await admin.SubmitAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "Create an API client" }));
        var clientId = (await admin.Page.Locator("#issued-client-id").InnerTextAsync()).Trim();
        var secret = (await admin.Page.Locator("#issued-client-secret").InnerTextAsync()).Trim();
        await PageChecks.CheckAsync(admin.Page, "02-admin-client-secret-shown-once");
        return (clientId, secret);
    }

    private async Task UnderwriterApprovesAsync(Guid applicationId)
    {
        var underwriter = await host.SignInAsync(DemoStaff.Underwriter);
        await underwriter.Page.GotoAsync("/origination");
        await PageChecks.CheckAsync(underwriter.Page, "03-underwriter-queue");
        await underwriter.PressAndWaitForAsync(
            underwriter.Page.Locator($"#queue a[href='/origination/Applications/Details/{applicationId}']"),
            applicationId.ToString());
        await Assertions.Expect(underwriter.Page.Locator("#rules tr[data-rule='PTI']"))
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("alert"));
        await PageChecks.CheckAsync(underwriter.Page, "04-underwriter-referred-application");

        await underwriter.TypeAsync(underwriter.Page.GetByLabel("Amount", new() { Exact = true }), "100000");
        await underwriter.ChooseAsync(underwriter.Page.GetByLabel("Term (months)"), "36");
        await underwriter.TypeAsync(
            underwriter.Page.GetByLabel("Reason", new() { Exact = true }),
            "Payslips confirm income; 36 months keeps the installment under 15 %.");
        await underwriter.SubmitAsync(underwriter.Page.Locator("#approve"));
        await Assertions.Expect(underwriter.Page.Locator("#status")).ToHaveTextAsync("Approved");
        await PageChecks.CheckAsync(underwriter.Page, "05-underwriter-approved");
    }

    /// <summary>Six days after the first due date nothing has been paid: the operator closes the dates since booking.</summary>
    private async Task<string> OperatorClosesBusinessUntilDelinquentAsync(Guid loanId)
    {
        var agent = await host.SignInAsync(DemoStaff.Servicing);
        await agent.Page.GotoAsync("/servicing/Operations");
        var through = FirstDue.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(through, await agent.Page.GetByLabel("Close business dates through").InputValueAsync());
        await agent.SubmitAsync(agent.Page.GetByRole(AriaRole.Button, new() { Name = "Start" }));
        await Assertions.Expect(agent.Page.Locator("#status-message")).ToBeVisibleAsync();
        // Closed through the date, and the host done with the run (it reconciles the ledger after the last date).
        for (var look = 0;
            look < 60 && ((await agent.Page.Locator("#last-closed").InnerTextAsync()).Trim() != through
                || await agent.Page.Locator("meta[http-equiv=refresh]").CountAsync() > 0);
            look++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await agent.Page.ReloadAsync();
        }

        Assert.Equal(through, (await agent.Page.Locator("#last-closed").InnerTextAsync()).Trim());
        await PageChecks.CheckAsync(agent.Page, "06-operator-close-of-business-done");
        await host.DeliverEventsAsync();

        await agent.Page.GotoAsync($"/servicing/Loans/Details/{loanId}");
        await Assertions.Expect(agent.Page.Locator("#loan-status")).ToHaveTextAsync("Delinquent");
        await Assertions.Expect(agent.Page.Locator("#overdue")).ToContainTextAsync("5 days past due");
        await PageChecks.CheckAsync(agent.Page, "07-servicing-loan-delinquent");
        return (await agent.Page.Locator("h1").InnerTextAsync()).Split(' ')[0].Trim();
    }

    private async Task ManagerSeesTheAccountQueuedAsync(string loanNumber)
    {
        var manager = await host.SignInAsync(DemoStaff.Manager);
        await manager.Page.GotoAsync("/collections");
        await Assertions.Expect(manager.Page.Locator("#unassigned")).ToContainTextAsync(loanNumber);
        await Assertions.Expect(manager.Page.Locator("#queues tbody tr")).Not.ToHaveCountAsync(0);
        await PageChecks.CheckAsync(manager.Page, "08-manager-sees-the-account-queued");
    }

    private async Task ManagerAssignsTheAccountAsync(string loanNumber, string step)
    {
        var manager = await host.SignInAsync(DemoStaff.Manager);
        await manager.Page.GotoAsync("/collections");
        var row = manager.Page.Locator("#unassigned tr").Filter(new() { HasText = loanNumber });
        await manager.ChooseAsync(row.Locator("select"), "Colin Collector");
        await manager.SubmitAsync(row.GetByRole(AriaRole.Button, new() { Name = "Assign" }));
        await Assertions.Expect(manager.Page.Locator("#unassigned")).Not.ToContainTextAsync(loanNumber);
        await PageChecks.CheckAsync(manager.Page, step);
    }

    /// <summary>The trainer enrols the collectors; the collector reads the lessons and passes the exam.</summary>
    private async Task CollectorQualifiesAsync(string courseCode, string step)
    {
        var trainer = await host.SignInAsync(DemoStaff.Trainer);
        await trainer.Page.GotoAsync("/training/Courses");
        await trainer.SubmitAsync(trainer.Page.Locator($"tr[data-course='{courseCode}'] form.enrol-role button"));
        await Assertions.Expect(trainer.Page.Locator("#status-message")).ToContainTextAsync("enrolled");
        await PageChecks.CheckAsync(trainer.Page, "09a-trainer-enrols-collectors");

        var collector = await host.SignInAsync(DemoStaff.Collector);
        await PassExamAsync(collector, "CONDUCT-CN", "Collection conduct and the law (CN)", step);
    }

    /// <summary>Reads the course and passes its exam; in a Chinese browser the pages are also read for English left in them.</summary>
    private static async Task PassExamAsync(KeyboardUser collector, string courseCode, string courseTitle, string step)
    {
        var chinese = await collector.Page.EvaluateAsync<string>("() => navigator.language") == "zh-CN";
        await collector.Page.GotoAsync("/training");
        await PageChecks.CheckAsync(collector.Page, step + "-my-training");
        await collector.PressAndWaitForAsync(
            collector.Page.Locator("#my-courses tr").Filter(new() { HasText = courseTitle }).GetByRole(AriaRole.Link),
            "/Lessons/");
        await PageChecks.CheckAsync(collector.Page, step + "-lessons");
        await collector.SubmitAsync(collector.Page.Locator("#start-exam"));
        await PageChecks.CheckAsync(collector.Page, step + "-questions");
        if (chinese)
        {
            Assert.Null(await UntranslatedText.FindAsync(collector.Page, step + "-questions"));
        }

        foreach (var question in await collector.Page.Locator("fieldset.question").AllAsync())
        {
            var options = question.Locator("input");
            var correct = ExamAnswers.For(
                courseCode,
                int.Parse((await options.First.GetAttributeAsync("name"))![1..], System.Globalization.CultureInfo.InvariantCulture));
            if (await options.First.GetAttributeAsync("type") == "radio")
            {
                await collector.PickRadioAsync(options, correct.Single());
            }
            else
            {
                foreach (var index in correct)
                {
                    await collector.TickAsync(options.Nth(index));
                }
            }
        }

        await collector.SubmitAsync(collector.Page.Locator("#submit-exam"));
        await Assertions.Expect(collector.Page.Locator("#result")).ToHaveClassAsync("ok");
        await Assertions.Expect(collector.Page.Locator("#result")).ToContainTextAsync("100");
        await PageChecks.CheckAsync(collector.Page, step + "-passed");
    }

    private async Task CollectorIsBlockedAtNightAsync(Guid loanId)
    {
        var collector = await host.SignInAsync(DemoStaff.Collector);
        await collector.Page.GotoAsync("/collections");
        await collector.PressAndWaitForAsync(
            collector.Page.Locator($"#my-accounts a[href='/collections/Accounts/Work/{loanId}']"),
            "/collections/Accounts/Work/");
        await PageChecks.CheckAsync(collector.Page, "11-collector-work-page-at-night");
        await collector.ChooseAsync(collector.Page.GetByLabel("Method", new() { Exact = true }), "Call");
        await collector.SubmitAsync(collector.Page.GetByRole(AriaRole.Button, new() { Name = "Ask for clearance now" }));
        await Assertions.Expect(collector.Page.Locator("#clearance-blocked")).ToBeVisibleAsync();
        await Assertions.Expect(collector.Page.Locator("#refusals")).ToContainTextAsync("22:00");
        await PageChecks.CheckAsync(collector.Page, "12-collector-blocked-at-2230");
    }

    private async Task CollectorCallsAndTakesAPromiseAsync(Guid loanId)
    {
        var collector = await host.SignInAsync(DemoStaff.Collector);
        await collector.Page.GotoAsync($"/collections/Accounts/Work/{loanId}");
        var overdue = (await collector.Page.Locator("#overdue").InnerTextAsync()).Trim().Replace(",", "", StringComparison.Ordinal);
        await collector.ChooseAsync(collector.Page.GetByLabel("Method", new() { Exact = true }), "Call");
        await collector.SubmitAsync(collector.Page.GetByRole(AriaRole.Button, new() { Name = "Ask for clearance now" }));
        await Assertions.Expect(collector.Page.Locator("#clearance-allowed")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(collector.Page, "13-collector-allowed-at-1000");

        await collector.ChooseAsync(collector.Page.GetByLabel("Outcome"), "PromiseToPay");
        await collector.TypeAsync(
            collector.Page.GetByLabel("Note", new() { Exact = true }),
            "Borrower lost overtime pay; will pay the arrears on the 15th.");
        await collector.TypeAsync(collector.Page.GetByLabel("Promised amount"), overdue);
        await collector.EnterDateAsync(collector.Page.GetByLabel("Promised by"), FirstDue.AddDays(14));
        await collector.TickAsync(collector.Page.GetByLabel("I told the borrower the company's name and my own"));
        await collector.SubmitAsync(collector.Page.GetByRole(AriaRole.Button, new() { Name = "Log the contact" }));
        await Assertions.Expect(collector.Page.Locator("#status-message")).ToContainTextAsync("The contact is logged.");
        await Assertions.Expect(collector.Page.Locator("#promises"))
            .ToContainTextAsync(FirstDue.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await PageChecks.CheckAsync(collector.Page, "14-collector-logged-call-and-promise");
    }

    private async Task ComplianceUpholdsTheComplaintAsync(string loanNumber)
    {
        var officer = await host.SignInAsync(DemoStaff.Compliance);
        await officer.Page.GotoAsync("/compliance/Complaints");
        await officer.PressAndWaitForAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Register a complaint" }), "/Register");
        await PageChecks.CheckAsync(officer.Page, "15-compliance-register-complaint");
        await officer.ChooseAsync(officer.Page.GetByLabel("Category"), "ContactAtNight");
        await officer.TypeAsync(officer.Page.GetByLabel("Loan", new() { Exact = true }), loanNumber);
        await officer.TickAsync(officer.Page.GetByLabel("Colin Collector"));
        await officer.TypeAsync(officer.Page.GetByLabel("What happened"), "A collector tried to call me at 22:30 on a weekday.");
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Register" }));
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Handle this complaint" }));

        await officer.ChooseAsync(officer.Page.GetByLabel("Contacts on this loan (from Collections)"), "CN.quiet-hours");
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Attach as evidence" }));
        await Assertions.Expect(officer.Page.Locator("#notes")).ToContainTextAsync("blocked by CN.quiet-hours");
        await PageChecks.CheckAsync(officer.Page, "16-compliance-complaint-with-evidence");

        await officer.ChooseAsync(officer.Page.GetByLabel("Outcome", new() { Exact = true }), "Upheld");
        await officer.TypeAsync(officer.Page.GetByLabel("Remedy"), "Apology letter; collector retrained.");
        await officer.TickAsync(officer.Page.GetByLabel("Send the apology letter (approved template)"));
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Close the complaint" }));
        await Assertions.Expect(officer.Page.Locator("#complaint-status")).ToContainTextAsync("Upheld");
        await PageChecks.CheckAsync(officer.Page, "17-compliance-complaint-upheld");
    }

    private async Task CollectorIsSuspendedAndRetrainedAsync()
    {
        var collector = await host.SignInAsync(DemoStaff.Collector);
        await collector.Page.GotoAsync("/training");
        await Assertions.Expect(collector.Page.Locator("#my-certifications")).ToContainTextAsync("Suspended");
        await Assertions.Expect(collector.Page.Locator("#my-courses")).ToContainTextAsync("Communication and de-escalation (remedial)");
        await PageChecks.CheckAsync(collector.Page, "18-collector-suspended-remedial-course");

        await collector.Page.GotoAsync("/collections");
        Assert.Equal(0, await collector.Page.Locator("#my-accounts tbody tr").CountAsync());

        var inChinese = await host.SignInAsync(DemoStaff.Collector, "zh-CN");
        await PassExamAsync(inChinese, "DEESCALATION-REMEDIAL", "沟通与情绪缓和(补训)", "19-collector-remedial-in-chinese");
        await collector.Page.GotoAsync("/training");
        await Assertions.Expect(collector.Page.Locator("#my-certifications")).Not.ToContainTextAsync("Suspended");
        await Assertions.Expect(collector.Page.Locator("#my-certifications")).ToContainTextAsync("Active");
        await PageChecks.CheckAsync(collector.Page, "20-collector-reinstated");
    }

    private async Task TrainerSeesCoverageAsync()
    {
        var trainer = await host.SignInAsync(DemoStaff.Trainer);
        await trainer.Page.GotoAsync("/training/Coverage");
        var row = trainer.Page.Locator("#coverage tr").Filter(new() { HasText = "Colin Collector" });
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await PageChecks.CheckAsync(trainer.Page, "21-trainer-coverage");
    }

    private async Task ComplianceReadsThePeriodReportAsync()
    {
        var officer = await host.SignInAsync(DemoStaff.Compliance);
        await officer.Page.GotoAsync("/compliance/Reports");
        await officer.EnterDateAsync(officer.Page.GetByLabel("From"), FirstDue);
        await officer.EnterDateAsync(officer.Page.GetByLabel("To (not included)"), FirstDue.AddDays(8));
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Build the report" }));
        await Assertions.Expect(officer.Page.Locator("#complaints-received")).ToHaveTextAsync("1");
        await Assertions.Expect(officer.Page.Locator("#upheld-rate")).ToContainTextAsync("100");
        await Assertions.Expect(officer.Page.Locator("#report-rows")).ToContainTextAsync("CN.quiet-hours");
        await PageChecks.CheckAsync(officer.Page, "22-compliance-period-report");
    }

    /// <summary>The same people read the journey's key pages with a Chinese browser: no English is left untranslated.</summary>
    private async Task KeyPagesReadInChineseAsync(Guid applicationId, Guid loanId)
    {
        (string Who, string Path, string Step)[] pages =
        [
            (DemoStaff.Underwriter, $"/origination/Applications/Details/{applicationId}", "zh-underwriter-application"),
            (DemoStaff.Servicing, $"/servicing/Loans/Details/{loanId}", "zh-servicing-loan"),
            (DemoStaff.Servicing, "/servicing/Operations", "zh-servicing-operations"),
            (DemoStaff.Manager, "/collections", "zh-manager-queues"),
            (DemoStaff.Collector, $"/collections/Accounts/Work/{loanId}", "zh-collector-work-page"),
            (DemoStaff.Collector, "/training", "zh-collector-training"),
            (DemoStaff.Compliance, "/compliance/Complaints", "zh-compliance-complaints"),
            (DemoStaff.Compliance, $"/compliance/Reports?from={FirstDue:yyyy-MM-dd}&to={FirstDue.AddDays(8):yyyy-MM-dd}", "zh-compliance-report"),
            (DemoStaff.Trainer, "/training/Coverage", "zh-trainer-coverage"),
        ];
        var english = new List<string>();
        foreach (var (who, path, step) in pages)
        {
            var person = await host.SignInAsync(who, "zh-CN");
            await person.Page.GotoAsync(path);
            await PageChecks.CheckAsync(person.Page, step);
            english.AddRange(await UntranslatedText.FindAsync(person.Page, step) is { } found ? [found] : []);
        }

        Assert.True(english.Count == 0, "English left on pages shown in Chinese:\n" + string.Join("\n", english));
    }
}
