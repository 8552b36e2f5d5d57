namespace BackOffice.Collections.Domain;

internal enum ContactPointKind
{
    Phone,
    Address,
}
