using BackOffice.Origination.Persistence;

namespace BackOffice.ArchitectureTests.Planted;

/// <summary>Reads Origination's tables directly: exactly what the boundary rules forbid.</summary>
public static class ReachesIntoOrigination
{
    public static string ForbiddenSchema => OriginationDbContext.Schema;
}
