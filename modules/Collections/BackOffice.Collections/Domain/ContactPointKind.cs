using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

public enum ContactPointKind
{
    Phone,
    Address,
}
