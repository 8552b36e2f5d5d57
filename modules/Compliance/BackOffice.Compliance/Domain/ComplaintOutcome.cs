namespace BackOffice.Compliance.Domain;

public enum ComplaintOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}
