using System.Collections;
using System.Globalization;
using System.Reflection;

namespace BackOffice.BuildingBlocks.Web;

/// <summary>One value a module's rules run on, as this host loaded it, under the configuration key that sets it.</summary>
public sealed record PolicySetting(string Module, string Key, string Value);

/// <summary>A module's account of the settings its rules run on, for the administrators' policy page.</summary>
public interface IPolicyDescription
{
    IEnumerable<PolicySetting> Describe();
}

public static class PolicySettings
{
    /// <summary>
    /// Every settable property of an options object under its section's key, its value culture-invariant; a nested
    /// options object is a section of its own.
    /// </summary>
    public static IEnumerable<PolicySetting> Of(string module, string section, object options) =>
        Settable(options).SelectMany(p => p.GetValue(options) is { } value && IsSection(value)
            ? Of(module, $"{section}:{p.Name}", value)
            : [new PolicySetting(module, $"{section}:{p.Name}", Format(p.GetValue(options)))]);

    private static IEnumerable<PropertyInfo> Settable(object options) =>
        options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);

    /// <summary>An options class that does not describe itself (records and values do).</summary>
    private static bool IsSection(object value) =>
        value is not (string or IEnumerable or IFormattable) && value.GetType().IsClass && value.ToString() == value.GetType().ToString();

    private static string Format(object? value) => value switch
    {
        null or int.MaxValue => "—",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Format)),
        _ when IsSection(value) => string.Join(", ", Settable(value).Select(p => $"{p.Name}={Format(p.GetValue(value))}")),
        _ => value.ToString() ?? "",
    };
}
