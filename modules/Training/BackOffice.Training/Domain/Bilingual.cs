using System.Globalization;
using BackOffice.Training.Contracts;

namespace BackOffice.Training.Domain;

/// <summary>
/// Words a trainer or the module writes in English and Chinese (a course title, a notice). Shown, it reads in the
/// language of the page; a missing Chinese text falls back to the English one.
/// </summary>
internal sealed record Bilingual(string En, string Zh)
{
    /// <summary>The Chinese words, or the English ones where there are none.</summary>
    public string Chinese => Zh.Length > 0 ? Zh : En;

    public override string ToString() => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? Chinese : En;

    /// <summary>A channel's name inside a sentence.</summary>
    public static Bilingual Of(ContactChannel channel) => channel switch
    {
        ContactChannel.PhoneAndSms => new("phone and SMS", "电话和短信"),
        ContactChannel.Letters => new("letters", "信函"),
        ContactChannel.FieldVisit => new("field visit", "外访"),
        _ => new("hardship care", "困难关怀"),
    };
}
