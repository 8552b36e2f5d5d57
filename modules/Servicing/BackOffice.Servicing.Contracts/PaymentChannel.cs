namespace BackOffice.Servicing.Contracts;

/// <summary>How a payment reached the loan.</summary>
public enum PaymentChannel
{
    /// <summary>Posted by hand by a servicing agent (a receipt).</summary>
    Agent,

    /// <summary>A row of the bank's payment file.</summary>
    BankFile,

    /// <summary>Sent by a payment gateway's client over the API.</summary>
    Gateway,
}
