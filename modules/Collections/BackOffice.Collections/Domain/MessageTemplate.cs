namespace BackOffice.Collections.Domain;

/// <summary>
/// An approved message, in English and Chinese, with what it is for; placeholders: {name}, {loan}, {amount}, {date},
/// and for the validation notice its itemisation ({itemisationDate}, {owedAtItemisation}, {interest}, {fees}, {payments}).
/// </summary>
internal sealed record MessageTemplate(string Key, string English, string Chinese, MessagePurpose Purpose = MessagePurpose.Collection)
{
    /// <summary>
    /// May go out after a cease request: US Reg F §1006.6(c)(2)(i)–(iii). The CN sources (CBA 2026, NIFA 2024) give the
    /// borrower no cease right of their own and say nothing of what may follow one; the house honours a cease request in
    /// the CN pack too and lets through the same three kinds of notice, so one rule serves both packs.
    /// </summary>
    public bool AllowedAfterCease =>
        Purpose is MessagePurpose.CeaseAcknowledgement or MessagePurpose.RemedyMayBeInvoked or MessagePurpose.RemedyInvoked;
}
