namespace BackOffice.Origination.Contracts;

/// <summary>The identity document the borrower's number belongs to.</summary>
public enum IdType
{
    ChineseResidentId,
    Passport,
}
