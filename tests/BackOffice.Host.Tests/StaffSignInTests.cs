using System.Net;
using BackOffice.Compliance.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests;

public sealed class StaffSignInTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Demo_underwriter_signs_in_and_the_menu_shows_only_what_the_role_may_open()
    {
        var staff = StaffClient.For(factory);
        var response = await staff.SignInAsync(DemoStaff.Underwriter);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var home = await staff.GetPageAsync("/");
        var menu = home.QuerySelectorAll("nav .menu a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/origination", menu);
        Assert.DoesNotContain("/compliance", menu);
        Assert.DoesNotContain("/collections", menu);
        Assert.DoesNotContain(menu, href => href!.StartsWith("/Users", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_password_shows_a_message_and_is_audited_as_a_failed_sign_in()
    {
        var staff = StaffClient.For(factory);
        var page = await staff.FollowAsync(await staff.SignInAsync(DemoStaff.Trainer, "not-the-password"));

        Assert.Contains("The email or password is not correct.", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        var entries = await AuditEntriesAsync(DemoStaff.Trainer);
        Assert.Contains(entries, e => e.Action == "staff.sign-in.failed");
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        var staff = StaffClient.For(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await staff.SignInAsync(DemoStaff.Care, "wrong-password-" + attempt);
        }

        var page = await staff.FollowAsync(await staff.SignInAsync(DemoStaff.Care));

        Assert.Contains("This account is locked", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditEntriesAsync(DemoStaff.Care), e => e.Action == "staff.sign-in.locked-out");
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        var staff = StaffClient.For(factory);
        var response = await staff.Http.PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoStaff.Servicing,
                ["Password"] = BackOfficeFactory.DemoPassword,
            }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/servicing")).StatusCode);
    }

    [Fact]
    public async Task An_empty_sign_in_form_shows_a_message_beside_each_field()
    {
        var staff = StaffClient.For(factory);
        var page = await staff.FollowAsync(await staff.SignInAsync("", ""));

        Assert.Equal("Enter your email.", page.QuerySelector("[data-valmsg-for='Email']")!.TextContent);
        Assert.Equal("Enter your password.", page.QuerySelector("[data-valmsg-for='Password']")!.TextContent);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var staff = StaffClient.For(factory);
        await staff.SignInAsync(DemoStaff.Manager);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/collections")).StatusCode);

        await staff.SubmitAsync("/", "form[action='/Account/Logout']");

        var after = await staff.GetAsync("/collections");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<AuditEntryDto>> AuditEntriesAsync(string actor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new AuditEntriesQuery(actor),
            TestContext.Current.CancellationToken);
        return page.Items;
    }
}
