using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Collections.Domain;

public enum VisitStatus
{
    Requested,
    Approved,
    Rejected,
    NoticeSent,
    Done,
}
