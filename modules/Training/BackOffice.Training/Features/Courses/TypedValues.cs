using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace BackOffice.Training.Features.Courses;

/// <summary>
/// A course form's fields as the trainer typed them when the form was refused (the page filter carries them back
/// into model state across the redirect), else the form's own values: a refused form comes back as it was sent.
/// </summary>
internal static class TypedValues
{
    public static string? Typed(this ViewDataDictionary view, string field, object? value) =>
        view.ModelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } typed
            ? typed
            : Convert.ToString(value, CultureInfo.InvariantCulture);

    public static bool Ticked(this ViewDataDictionary view, string field, bool value) =>
        view.ModelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } typed
            ? string.Equals(typed, "true", StringComparison.OrdinalIgnoreCase)
            : value;
}
