namespace BackOffice.Servicing.Domain;

public enum PaymentChannel
{
    Agent,
    BankFile,
    Gateway,
}
