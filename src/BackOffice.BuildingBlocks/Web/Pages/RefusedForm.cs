using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace BackOffice.BuildingBlocks.Web.Pages;

/// <summary>
/// Carries a refused form's messages and typed values across the redirect to the page that shows them, so the
/// page renders them as if the form had been posted to it (post-redirect-get, nothing is posted twice on refresh).
/// </summary>
internal static class RefusedForm
{
    private const string Key = "RefusedForm";

    // Temp data travels in a cookie, and every request carries it until it is read: what is carried back must stay
    // far below the server's 32 KB limit on a request's headers, or the person could not open any page until the
    // cookie went. The budget counts what the cookie will hold — the fields as JSON, escaped again inside the
    // temp-data dictionary (a Chinese character takes seven bytes), then encrypted and base64-encoded (a third
    // more) — and the longest typed values are the ones left behind.
    private const int MaxCookieBytes = 12_000;

    public static void Keep(ITempDataDictionary tempData, ModelStateDictionary modelState)
    {
        var fields = modelState
            .Select(entry => new Field(entry.Key, entry.Value?.AttemptedValue, [.. entry.Value?.Errors.Select(e => e.ErrorMessage) ?? []]))
            .Where(field => field.Value is not null || field.Errors.Length > 0)
            .ToList();
        while (CookieBytes(fields) > MaxCookieBytes && fields.Where(f => f.Value is not null).MaxBy(f => f.Value!.Length) is { } longest)
        {
            fields[fields.IndexOf(longest)] = longest with { Value = null };
        }

        tempData[Key] = JsonSerializer.Serialize(fields);
    }

    private static int CookieBytes(List<Field> fields) =>
        JsonSerializer.Serialize(JsonSerializer.Serialize(fields)).Length * 4 / 3;

    public static void Restore(ITempDataDictionary tempData, ModelStateDictionary modelState)
    {
        if (tempData[Key] is not string json || JsonSerializer.Deserialize<Field[]>(json) is not { } fields)
        {
            return;
        }

        foreach (var field in fields)
        {
            if (field.Value is not null)
            {
                modelState.SetModelValue(field.Key, field.Value, field.Value);
            }

            foreach (var error in field.Errors)
            {
                modelState.AddModelError(field.Key, error);
            }
        }
    }

    private sealed record Field(string Key, string? Value, string[] Errors);
}
