using System.Net;

namespace BackOffice.Host.Tests;

public sealed class TwoFactorTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Enrolled_user_signs_in_with_password_and_authenticator_code()
    {
        var (key, _) = await EnrolAsync(DemoStaff.Servicing);

        var staff = StaffClient.For(factory);
        var afterPassword = await staff.SignInAsync(DemoStaff.Servicing);
        Assert.StartsWith("/Account/LoginWith2fa", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/servicing")).StatusCode);

        var wrong = await staff.FollowAsync(await staff.SubmitAsync(
            "/Account/LoginWith2fa",
            "main form",
            new Dictionary<string, string> { ["Code"] = "000000" }));
        Assert.Contains("The code is not valid.", wrong.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);

        var right = await staff.SubmitAsync(
            "/Account/LoginWith2fa",
            "main form",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/servicing")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_only_once()
    {
        var (_, codes) = await EnrolAsync(DemoStaff.Trainer);
        Assert.Equal(10, codes.Count);

        var first = StaffClient.For(factory);
        await first.SignInAsync(DemoStaff.Trainer);
        var used = await first.SubmitAsync(
            "/Account/LoginWithRecoveryCode",
            "main form",
            new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/training")).StatusCode);

        var second = StaffClient.For(factory);
        await second.SignInAsync(DemoStaff.Trainer);
        var reused = await second.FollowAsync(await second.SubmitAsync(
            "/Account/LoginWithRecoveryCode",
            "main form",
            new Dictionary<string, string> { ["RecoveryCode"] = codes[0] }));
        Assert.Contains("The code is not valid.", reused.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_on_two_factor()
    {
        var staff = StaffClient.For(factory);
        await staff.SignInAsync(DemoStaff.Compliance);
        var page = await staff.FollowAsync(await staff.SubmitAsync(
            "/Manage/EnableAuthenticator",
            "form[action='/Manage/EnableAuthenticator']",
            new Dictionary<string, string> { ["Code"] = "123456" }));

        Assert.Equal("The code is not valid.", page.QuerySelector("[data-valmsg-for='Code']")!.TextContent);
        Assert.Equal("Off", (await staff.GetPageAsync("/Manage")).QuerySelector("#two-factor-state")!.TextContent);
    }

    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(string email)
    {
        var staff = StaffClient.For(factory);
        await staff.SignInAsync(email);
        var enrol = await staff.GetPageAsync("/Manage/EnableAuthenticator");
        var key = enrol.QuerySelector("#shared-key")!.TextContent;
        var done = await staff.FollowAsync(await staff.SubmitAsync(enrol, "form[action='/Manage/EnableAuthenticator']",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }));
        var codes = done.QuerySelectorAll("#recovery-codes kbd").Select(k => k.TextContent).ToList();
        Assert.Equal("On", (await staff.GetPageAsync("/Manage")).QuerySelector("#two-factor-state")!.TextContent);
        return (key, codes);
    }
}

/// <summary>With the production setting on, staff without an authenticator reach nothing but enrolment.</summary>
public sealed class TwoFactorRequiredTests(TwoFactorRequiredTests.Factory factory) : IClassFixture<TwoFactorRequiredTests.Factory>
{
    public sealed class Factory : BackOfficeFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["StaffSecurity:RequireTwoFactor"] = "true",
        };
    }

    [Fact]
    public async Task Staff_without_an_authenticator_are_sent_to_enrol_before_any_page()
    {
        var staff = StaffClient.For(factory);
        await staff.SignInAsync(DemoStaff.Collector);

        var response = await staff.GetAsync("/collections");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Manage/EnableAuthenticator", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Manage/EnableAuthenticator")).StatusCode);
    }
}
