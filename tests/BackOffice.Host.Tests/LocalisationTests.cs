namespace BackOffice.Host.Tests;

public sealed class LocalisationTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Switching_to_simplified_chinese_holds_on_every_later_page_including_module_pages()
    {
        var staff = StaffClient.For(factory);
        var switched = await staff.SubmitAsync(
            "/Account/Login",
            "form[action='/Culture/Set']",
            new Dictionary<string, string> { ["culture"] = "zh-Hans" });
        Assert.Equal("/Account/Login", switched.Headers.Location!.OriginalString);

        var login = await staff.GetPageAsync("/Account/Login");
        Assert.Equal("zh-Hans", login.DocumentElement.GetAttribute("lang"));
        Assert.Equal("登录", login.QuerySelector("h1")!.TextContent);

        await staff.SignInAsync(DemoStaff.Compliance);
        var module = await staff.GetPageAsync("/compliance");
        Assert.Equal("合规", module.QuerySelector("h1")!.TextContent);
        Assert.Equal("退出登录", module.QuerySelector("#sign-out")!.TextContent);
    }

    [Fact]
    public async Task Validation_messages_follow_the_chosen_language()
    {
        var staff = StaffClient.For(factory);
        await staff.SubmitAsync("/Account/Login", "form[action='/Culture/Set']", new Dictionary<string, string> { ["culture"] = "zh-Hans" });

        var page = await staff.FollowAsync(await staff.SignInAsync("", ""));

        Assert.Equal("请输入邮箱。", page.QuerySelector("[data-valmsg-for='Email']")!.TextContent);
    }

    [Fact]
    public async Task English_is_the_default()
    {
        var login = await StaffClient.For(factory).GetPageAsync("/Account/Login");

        Assert.Equal("en", login.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", login.QuerySelector("h1")!.TextContent);
    }
}
