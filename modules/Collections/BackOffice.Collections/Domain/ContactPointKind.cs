using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

internal enum ContactPointKind
{
    Phone,
    Address,
}
