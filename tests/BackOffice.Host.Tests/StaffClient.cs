using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackOffice.Host.Tests;

/// <summary>A member of staff's browser without the browser: keeps cookies, fills forms with their antiforgery token.</summary>
public sealed class StaffClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static StaffClient For(WebApplicationFactory<Access.AccessDbContext> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<IDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Opens <paramref name="pageUrl"/>, fills the form found by <paramref name="formSelector"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await GetPageAsync(pageUrl);
        return await SubmitAsync(page, formSelector, fields);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" or "text" or "email" or "password" or "search")
            .Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .ToList();
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(KeyValuePair.Create(name, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url).PathAndQuery : form.GetAttribute("action")!;
        return await Http.PostAsync(action, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    /// <summary>Submits a form and reads the page that comes back (after one redirect, if any).</summary>
    public async Task<IDocument> SubmitAndFollowAsync(string pageUrl, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var response = await SubmitAsync(pageUrl, formSelector, fields);
        return await FollowAsync(response);
    }

    public async Task<IDocument> FollowAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return await GetPageAsync(response.Headers.Location!.OriginalString);
        }

        return await ParseAsync(response);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = BackOfficeFactory.DemoPassword) =>
        await SubmitAsync(
            "/Account/Login",
            "form[action='/Account/Login']",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!), TestContext.Current.CancellationToken);
    }
}
