namespace BackOffice.Servicing.Domain;

internal enum InterestMethod
{
    DecliningBalance,
    FlatRate,
}
