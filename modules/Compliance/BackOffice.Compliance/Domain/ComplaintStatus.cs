namespace BackOffice.Compliance.Domain;

public enum ComplaintStatus
{
    Open,
    Closed,
}
