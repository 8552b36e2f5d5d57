using System.Text.Json.Serialization;

namespace BackOffice.Collections.Domain;

/// <summary>What the borrower chose; stored by name in the debtor's choice history.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceKind>))]
public enum ChoiceKind
{
    CeaseRequest,
    Dispute,
    LegalRepresentation,
    OptOut,
    Inconvenient,
    ConsentToTime,

    /// <summary>A third party refused to be contacted again (recorded from the contact's outcome).</summary>
    RefusedThirdParty,

    /// <summary>US: consents, per E-SIGN, to receive required notices electronically (Reg F §1006.42(c)).</summary>
    ElectronicDeliveryConsent,
}
