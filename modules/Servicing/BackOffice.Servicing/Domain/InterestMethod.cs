namespace BackOffice.Servicing.Domain;

public enum InterestMethod
{
    DecliningBalance,
    FlatRate,
}
