namespace BackOffice.Origination.Domain.Products;

public enum InterestMethod
{
    /// <summary>Equal installments on a declining balance: interest is charged on what is still owed.</summary>
    DecliningBalance,

    /// <summary>Interest on the original amount for the whole term; its true APR is far above the quoted rate.</summary>
    FlatRate,
}
