namespace BackOffice.Servicing.Domain;

/// <summary>What a payment beyond everything due and the next installment does.</summary>
internal enum OverpaymentTreatment
{
    /// <summary>Repays principal of the last installments first, so the term shortens.</summary>
    PrepayPrincipal,

    /// <summary>Held on the account and applied to installments as they fall due.</summary>
    HoldAsCredit,
}
