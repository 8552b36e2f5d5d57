namespace BackOffice.Servicing.Domain;

/// <summary>The order in which a payment pays the parts of the installments it reaches.</summary>
internal enum AllocationOrder
{
    /// <summary>Per installment, oldest due first: late fee, interest, principal (CN).</summary>
    FeesFirst,

    /// <summary>
    /// Interest and principal of every installment reached (oldest due first, then the one coming) before any late
    /// fee, so an earlier late fee never makes a full payment short (US, 16 CFR 444.4).
    /// </summary>
    FeesLast,
}
