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

    // Temp data travels in a cookie; a long text (a lesson) is not carried back rather than overflow the headers.
    private const int MaxCarriedCharacters = 8_000;

    public static void Keep(ITempDataDictionary tempData, ModelStateDictionary modelState)
    {
        var budget = MaxCarriedCharacters;
        var fields = new List<Field>();
        foreach (var (key, entry) in modelState)
        {
            var value = entry.AttemptedValue;
            if (value is not null && value.Length > budget)
            {
                value = null;
            }

            budget -= value?.Length ?? 0;
            var errors = entry.Errors.Select(e => e.ErrorMessage).ToArray();
            if (value is not null || errors.Length > 0)
            {
                fields.Add(new Field(key, value, errors));
            }
        }

        tempData[Key] = JsonSerializer.Serialize(fields);
    }

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
