namespace BackOffice.Servicing.Domain;

internal enum AllocationComponent
{
    Fee,
    Interest,
    Principal,

    /// <summary>Not yet owed anywhere: held on the account until an installment falls due.</summary>
    Credit,

    /// <summary>Credit paid back to the borrower.</summary>
    Refunded,
}
