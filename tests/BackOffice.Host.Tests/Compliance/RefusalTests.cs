using System.Net;

namespace BackOffice.Host.Tests.Compliance;

/// <summary>What the compliance pages refuse is shown on the page it concerns, never as an error status.</summary>
public sealed class RefusalTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task A_report_for_reversed_dates_shows_why_on_the_report_page()
    {
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);

        var page = await officer.GetPageAsync("/compliance/Reports?from=2026-03-01&to=2026-01-01");

        Assert.Equal("A period ends after it starts and lasts at most a year.", page.QuerySelector("[data-valmsg-for='to']")!.TextContent);
        Assert.Null(page.QuerySelector("#report-rows"));
        var export = await officer.GetAsync("/compliance/Reports/Csv?from=2026-03-01&to=2026-01-01");
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        var back = await officer.FollowAsync(export);
        Assert.Equal("A period ends after it starts and lasts at most a year.", back.QuerySelector("#error-message")!.TextContent);
    }

    [Fact]
    public async Task A_refund_on_a_loan_servicing_does_not_know_is_refused_before_closing_and_the_complaint_stays_open()
    {
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var registered = await officer.SubmitAsync("/compliance/Complaints/Register", "#complaint-form", new Dictionary<string, string>
        {
            ["Source"] = "Borrower", ["Category"] = "Fees", ["LoanReference"] = "LOAN-NOT-BOOKED", ["Summary"] = "A late fee was charged twice.",
        });
        var details = registered.Headers.Location!.OriginalString;
        await officer.SubmitAsync(details, "#take-form");

        var page = await officer.FollowAsync(await officer.SubmitAsync(details, "#close-form", new Dictionary<string, string>
        {
            ["outcome"] = "PartlyUpheld", ["remedy"] = "Refund the second fee.", ["refund"] = "10",
        }));

        Assert.EndsWith(details, page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Open", page.QuerySelector("#complaint-status")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("LOAN-NOT-BOOKED", page.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", page.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
    }
}
