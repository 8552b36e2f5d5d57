namespace BackOffice.Servicing.Domain;

internal enum PaymentChannel
{
    Agent,
    BankFile,
    Gateway,
}
