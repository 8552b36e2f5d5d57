namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// Where a number or address came from. <see cref="Unknown"/> is never entered: it marks a record with no lawful
/// source, which the guard refuses.
/// </summary>
public enum ContactSource
{
    Unknown,

    /// <summary>The borrower gave it to us (named the person, or their own new number).</summary>
    GivenByBorrower,

    /// <summary>On the loan application: the borrower's own details and the references they named.</summary>
    Application,

    /// <summary>Found by a named search (a location search), by a named member of staff.</summary>
    FoundBySearch,
}
