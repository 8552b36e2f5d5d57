namespace BackOffice.Training.Domain;

public enum CertificationStatus
{
    Active,
    Suspended,
    Expired,
}
