using System.Net;

namespace BackOffice.Host.Tests;

/// <summary>Every page of the shell opens for the roles it is for and denies every other role.</summary>
public sealed class PageAccessTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    public static TheoryData<string, string[]> Pages => new()
    {
        { "/origination", [DemoStaff.Underwriter] },
        { "/servicing", [DemoStaff.Servicing, DemoStaff.Care] },
        { "/servicing/Care", [DemoStaff.Care] },
        { "/servicing/PaymentImports", [DemoStaff.Servicing] },
        { "/servicing/Operations", [DemoStaff.Servicing, DemoStaff.Admin, DemoStaff.Accountant] },
        { "/servicing/Ledger", [DemoStaff.Accountant, DemoStaff.Admin] },
        { "/servicing/Ledger/Export", [DemoStaff.Accountant, DemoStaff.Admin] },
        { "/servicing/Ledger/Periods", [DemoStaff.Accountant, DemoStaff.Admin] },
        { "/collections", [DemoStaff.Collector, DemoStaff.Manager] },
        { "/collections/Scorecards", [DemoStaff.Manager] },
        { "/training", [DemoStaff.Trainer, DemoStaff.Collector, DemoStaff.Manager, DemoStaff.Care] },
        { "/compliance", [DemoStaff.Compliance] },
        { "/compliance/Complaints", [DemoStaff.Compliance] },
        { "/compliance/Violations", [DemoStaff.Compliance] },
        { "/compliance/Reports", [DemoStaff.Compliance] },
        { "/compliance/Complaints/Register", [DemoStaff.Compliance] },
        { "/training/Courses", [DemoStaff.Trainer] },
        { "/training/Courses/Create", [DemoStaff.Trainer] },
        { "/training/Coverage", [DemoStaff.Trainer, DemoStaff.Compliance] },
        { "/Users", [DemoStaff.Admin] },
        { "/Users/Create", [DemoStaff.Admin] },
        { "/Dealers", [DemoStaff.Admin] },
        { "/Dealers/Register", [DemoStaff.Admin] },
        { "/Policy", [DemoStaff.Admin] },
        { "/DeadLetters", [DemoStaff.Admin] },
        { "/Manage", DemoStaff.All },
        { "/", DemoStaff.All },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_opens_for_its_roles_and_is_denied_to_every_other(string path, string[] allowed)
    {
        foreach (var email in DemoStaff.All)
        {
            var staff = StaffClient.For(factory);
            await staff.SignInAsync(email);
            var response = await staff.GetAsync(path);

            if (allowed.Contains(email))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} should open {path} but got {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{email} should be denied {path} but got {response.StatusCode}");
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_sends_an_anonymous_visitor_to_sign_in(string path, string[] allowed)
    {
        Assert.NotEmpty(allowed);
        var response = await StaffClient.For(factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
