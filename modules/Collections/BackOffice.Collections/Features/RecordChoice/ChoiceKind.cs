using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using FluentValidation;
using Mediator;

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
