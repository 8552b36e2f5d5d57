using System.Text.Json.Serialization;

namespace BackOffice.Collections.Domain;

/// <summary>
/// How the borrower made (or withdrew) a choice. <see cref="Unknown"/> is only for choices recorded before the
/// history was kept; staff always say how.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceChannel>))]
public enum ChoiceChannel
{
    Unknown,
    Phone,
    Sms,
    Letter,
    InPerson,
    Email,
    BorrowerSite,
}
