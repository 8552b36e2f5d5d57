namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>Who posted an entry that no person posted.</summary>
internal static class JournalAuthors
{
    public const string Booking = "booking";

    public const string Opening = "ledger-opening";

    public const string CloseOfBusiness = "close-of-business";

    /// <summary>A complaint's remedy (a fee refund) applied on Compliance's word.</summary>
    public const string Remedy = "complaint-remedy";
}
