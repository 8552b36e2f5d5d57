namespace BackOffice.Collections.Domain;

internal enum CollectionAccountStatus
{
    /// <summary>Delinquent and to be worked.</summary>
    Open,

    /// <summary>A repayment plan is in force: no collection contact until it ends.</summary>
    StoodDown,

    /// <summary>Cured, paid off or otherwise out of collections.</summary>
    Closed,
}
