using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain;

internal static class ChoiceChannels
{
    /// <summary>How the borrower told us, when they told the collector in the contact being logged.</summary>
    public static ChoiceChannel Of(ContactMethod method) => method switch
    {
        ContactMethod.Call => ChoiceChannel.Phone,
        ContactMethod.Sms => ChoiceChannel.Sms,
        ContactMethod.Letter => ChoiceChannel.Letter,
        _ => ChoiceChannel.InPerson,
    };
}
