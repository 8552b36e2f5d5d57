namespace BackOffice.Origination.Domain.Applications;

public enum ApplicationStatus
{
    Referred,
    Approved,
    Declined,
    Withdrawn,
    Booked,
}
