namespace BackOffice.Collections.Features.RecordChoice;

public enum ChoiceKind
{
    CeaseRequest,
    Dispute,
    LegalRepresentation,
    OptOut,
    Inconvenient,
    ConsentToTime,
}
