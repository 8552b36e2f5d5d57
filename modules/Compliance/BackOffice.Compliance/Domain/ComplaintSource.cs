namespace BackOffice.Compliance.Domain;

public enum ComplaintSource
{
    Borrower,
    Dealer,
    Regulator,
}
