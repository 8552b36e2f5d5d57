namespace BackOffice.Collections.Domain;

/// <summary>The audit trail's names for what Collections records; the values are stable, reports and searches read them.</summary>
internal static class CollectionsAuditActions
{
    /// <summary>A manager let a contact the guard blocked go ahead.</summary>
    public const string ContactOverridden = "contact.overridden";

    /// <summary>A manager imported an outside agency's contact log.</summary>
    public const string AgencyContactsImported = "collections.agency-contacts-imported";

    /// <summary>A verification letter answered the borrower's dispute; collection may resume.</summary>
    public const string DisputeVerified = "collections.dispute-verified";
}
