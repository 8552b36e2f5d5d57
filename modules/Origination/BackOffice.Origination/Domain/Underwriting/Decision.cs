namespace BackOffice.Origination.Domain.Underwriting;

public enum Decision
{
    Approve,
    Refer,
    Decline,
}
