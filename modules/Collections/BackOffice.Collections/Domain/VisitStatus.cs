namespace BackOffice.Collections.Domain;

internal enum VisitStatus
{
    Requested,
    Approved,
    Rejected,
    NoticeSent,
    Done,
}
