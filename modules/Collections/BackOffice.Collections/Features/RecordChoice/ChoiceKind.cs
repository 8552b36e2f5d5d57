namespace BackOffice.Collections.Features.RecordChoice;

public enum ChoiceKind
{
    CeaseRequest,
    Dispute,
    LegalRepresentation,
    OptOut,
    Inconvenient,
    ConsentToTime,

    /// <summary>US: consents, per E-SIGN, to receive required notices electronically (Reg F §1006.42(c)).</summary>
    ElectronicDeliveryConsent,
}
