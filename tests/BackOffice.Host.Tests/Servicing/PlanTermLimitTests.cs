using System.Net;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>A new-car loan runs at most 60 months including extensions in the CN pack (PBOC/CBRC Order [2017] No. 2).</summary>
public sealed class PlanTermLimitTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task An_extension_past_the_term_limit_is_refused_on_the_loan_page_saying_the_limit_and_the_months_still_possible()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);  // NEW-STD, 36 months
        var care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);

        var response = await care.GetAsync($"/servicing/Loans/Plan/{loan.Id}?kind=Extend&size=25");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await care.FollowAsync(response);
        Assert.Contains("may run at most 60 months", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("At most 24 more months are possible", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await care.GetPageAsync($"/servicing/Loans/Plan/{loan.Id}?kind=Extend&size=24")).QuerySelector("#preview"));
    }
}
