using System.Net;
using BackOffice.Compliance.Contracts;
using BackOffice.Origination.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests;

public sealed class AdminTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task The_home_page_greets_staff_by_the_name_an_administrator_gave_them()
    {
        var admin = await SignedInAdminAsync();
        Assert.Equal("Welcome, Ada Admin", (await admin.GetPageAsync("/")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Admin_sees_the_policy_pack_and_every_value_the_rules_apply_under_its_configuration_key()
    {
        var admin = await SignedInAdminAsync();
        var page = await admin.GetPageAsync("/Policy");

        string Value(string key) => page.QuerySelector($"tr[data-key='{key}'] td:nth-child(2)")!.TextContent;
        Assert.Equal("CN", page.QuerySelector("#policy-pack")!.TextContent);
        Assert.Equal("3", Value("Collections:Conduct:MaxConnectedCallsPerDay"));
        Assert.Equal("22:00", Value("Collections:Conduct:CnQuietFrom"));
        Assert.Equal("0.15", Value("Underwriting:PaymentToIncomeRefer"));
        Assert.Equal("40", Value("Servicing:EarlyWarning:RaiseAt"));
        Assert.Contains("MaxDaysPastDue=—", Value("Collections:Strategy:Rules"), StringComparison.Ordinal);
        Assert.Equal("1; 30; 60; 90", Value("Servicing:BucketStarts"));
        Assert.Equal("00:00:15", Value("Servicing:CloseOfBusiness:LeaseTakeoverAfter"));
        Assert.Equal("30", Value("Training:ExpiryWarningDays"));
        Assert.Contains("[USED-STD, 36]", Value("Servicing:MaxTermMonths"), StringComparison.Ordinal);
        Assert.Contains("[USED-STD, MaxTermMonths=36, MaxLoanToValue=0.70]", Value("Underwriting:Products"), StringComparison.Ordinal);
        Assert.Equal(
            ["Collections", "Origination", "Servicing", "Training"],
            page.QuerySelectorAll("table.policy").Select(t => t.GetAttribute("data-module")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disabling_a_user_ends_the_session_they_already_have()
    {
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        Assert.Equal(HttpStatusCode.OK, (await collector.GetAsync("/collections")).StatusCode);

        var admin = await SignedInAdminAsync();
        var users = await admin.GetPageAsync("/Users?search=collector@");
        var disable = users.QuerySelectorAll("form")
            .First(f => f.GetAttribute("action")?.StartsWith("/Users/Disable/", StringComparison.Ordinal) == true);
        var response = await admin.SubmitAsync(users, $"form[action='{disable.GetAttribute("action")}']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await collector.GetAsync("/collections");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var again = await collector.FollowAsync(await collector.SignInAsync(DemoStaff.Collector));
        Assert.Contains("locked", again.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        var adminId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Admin);
        Assert.Contains(await AuditAsync("user:" + DemoStaff.Collector), e => e.Action == "staff.user.disabled" && e.Actor == adminId);
    }

    [Fact]
    public async Task Admin_creates_a_user_with_roles_who_can_then_sign_in_to_those_pages()
    {
        var admin = await SignedInAdminAsync();
        var created = await admin.SubmitAsync("/Users/Create", "main form", new Dictionary<string, string>
        {
            ["Email"] = "new.underwriter@backoffice.local",
            ["DisplayName"] = "New Underwriter",
            ["Password"] = "Another-Passw0rd!",
            ["Roles"] = "Underwriter",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var newcomer = StaffClient.For(factory);
        await newcomer.SignInAsync("new.underwriter@backoffice.local", "Another-Passw0rd!");
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/origination")).StatusCode);
        Assert.Contains(
            await AuditAsync("user:new.underwriter@backoffice.local"),
            e => e.Action == "staff.user.created" && e.Details == "Underwriter");
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_a_message_and_no_user_is_created()
    {
        var admin = await SignedInAdminAsync();
        var page = await admin.FollowAsync(await admin.SubmitAsync("/Users/Create", "main form", new Dictionary<string, string>
        {
            ["Email"] = "weak@backoffice.local",
            ["DisplayName"] = "Weak",
            ["Password"] = "short",
        }));

        Assert.NotEmpty(page.QuerySelectorAll(".errors li"));
        Assert.Empty((await admin.GetPageAsync("/Users?search=weak@")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Registering_a_dealer_with_a_code_already_taken_shows_the_reason_and_stores_nothing()
    {
        var admin = await SignedInAdminAsync();
        var page = await admin.FollowAsync(await admin.SubmitAsync("/Dealers/Register", "main form", new Dictionary<string, string>
        {
            ["Name"] = "Copycat Cars",
            ["Code"] = "sunrise",
            ["ContactEmail"] = "sales@copycat.example",
        }));

        Assert.Equal("Another dealer already has this code.", page.QuerySelector("[data-valmsg-for='Code']")!.TextContent);
        await using var scope = factory.Services.CreateAsyncScope();
        var dealers = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new DealersQuery("Copycat"),
            TestContext.Current.CancellationToken);
        Assert.Equal(0, dealers.TotalCount);
    }

    [Fact]
    public async Task A_new_api_client_secret_is_shown_once_works_rotates_and_revoking_kills_its_tokens()
    {
        var admin = await SignedInAdminAsync();
        var registered = await admin.SubmitAsync("/Dealers/Register", "main form", new Dictionary<string, string>
        {
            ["Name"] = "Harbour Autos",
            ["Code"] = "HARBOUR",
            ["ContactEmail"] = "it@harbour.example",
        });
        var detailsUrl = registered.Headers.Location!.OriginalString;

        var issuedPage = await admin.FollowAsync(await admin.SubmitAsync(detailsUrl, "form[action*='/CreateClient']"));
        var clientId = issuedPage.QuerySelector("#issued-client-id")!.TextContent;
        var secret = issuedPage.QuerySelector("#issued-client-secret")!.TextContent;
        Assert.Null((await admin.GetPageAsync(detailsUrl)).QuerySelector("#issued-client-secret"));

        var http = factory.CreateClient();
        var token = await DealerTokens.GetAsync(http, clientId, secret, "applications:read");
        var me = await DealerTokens.CallAsync(http, "/api/v1/dealers/me", token);
        Assert.Contains("HARBOUR", await me.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var rotatedPage = await admin.FollowAsync(await admin.SubmitAsync(detailsUrl, "form[action*='/RotateSecret']"));
        var newSecret = rotatedPage.QuerySelector("#issued-client-secret")!.TextContent;
        Assert.Equal(HttpStatusCode.Unauthorized, (await DealerTokens.RequestAsync(http, clientId, secret, "applications:read")).StatusCode);
        var freshToken = await DealerTokens.GetAsync(http, clientId, newSecret, "applications:read");

        await admin.SubmitAsync(detailsUrl, "form[action*='/Revoke']");
        Assert.Equal(HttpStatusCode.Unauthorized, (await DealerTokens.CallAsync(http, "/api/v1/dealers/me", freshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DealerTokens.RequestAsync(http, clientId, newSecret, "applications:read")).StatusCode);

        var trail = await AuditAsync("api-client:" + clientId);
        Assert.Equal(["api-client.created", "api-client.secret-rotated", "api-client.revoked"], trail.OrderBy(e => e.Sequence).Select(e => e.Action));
    }

    private async Task<StaffClient> SignedInAdminAsync()
    {
        var admin = StaffClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(DemoStaff.Admin)).StatusCode);
        return admin;
    }

    private async Task<IReadOnlyList<AuditEntryDto>> AuditAsync(string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new AuditEntriesQuery(subject),
            TestContext.Current.CancellationToken);
        return page.Items;
    }
}
