namespace BackOffice.Origination.Contracts;

/// <summary>What became of an application: approved, referred to an underwriter, or declined.</summary>
public enum Decision
{
    Approve,
    Refer,
    Decline,
}
