namespace BackOffice.Origination.Domain.Applications;

public enum EmploymentType
{
    Employed,
    SelfEmployed,
    Retired,
    Other,
}
