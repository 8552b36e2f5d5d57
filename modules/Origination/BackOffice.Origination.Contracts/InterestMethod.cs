namespace BackOffice.Origination.Contracts;

/// <summary>How interest is charged; Servicing rebuilds the schedule with the same method.</summary>
public enum InterestMethod
{
    /// <summary>Equal installments on a declining balance: interest is charged on what is still owed.</summary>
    DecliningBalance,

    /// <summary>Interest on the original amount for the whole term; its true APR is far above the quoted rate.</summary>
    FlatRate,
}
