namespace BackOffice.Training.Domain;

internal enum CertificationStatus
{
    Active,
    Suspended,
    Expired,
}
