namespace BackOffice.Compliance.Domain;

public enum ViolationStatus
{
    Open,
    Confirmed,
    Dismissed,
}
