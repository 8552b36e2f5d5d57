namespace BackOffice.Collections.Domain;

/// <summary>
/// What a template is for. After a cease request only the purposes Reg F §1006.6(c)(2) names may still be sent
/// (the house holds the CN pack to the same, see <see cref="MessageTemplate.AllowedAfterCease"/>).
/// </summary>
internal enum MessagePurpose
{
    /// <summary>Collecting: reminders, confirmations, the validation notice, a visit's notice of intent.</summary>
    Collection,

    /// <summary>§1006.6(c)(2)(i): advises that further collection efforts are being terminated.</summary>
    CeaseAcknowledgement,

    /// <summary>§1006.6(c)(2)(ii): a remedy ordinarily invoked may be invoked (a state-law right-to-cure notice).</summary>
    RemedyMayBeInvoked,

    /// <summary>§1006.6(c)(2)(iii): a specified remedy is being invoked (a notice of sale of the collateral, UCC §9-611).</summary>
    RemedyInvoked,

    /// <summary>Not collection: the apology after an upheld complaint, sent by Compliance's outcome, not by a collector.</summary>
    ComplaintRemedy,
}
