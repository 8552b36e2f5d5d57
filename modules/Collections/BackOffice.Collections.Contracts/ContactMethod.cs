using System.Text.Json.Serialization;

namespace BackOffice.Collections.Contracts;

/// <summary>
/// How a collector reaches someone: the channel a contact, a blocked request or an agency's contact used. It travels
/// by name ("Call", "Sms", …) and a name it does not know fails to read, rather than falling back to a call.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactMethod>))]
public enum ContactMethod
{
    Call,
    Sms,
    Letter,
    Visit,
}
