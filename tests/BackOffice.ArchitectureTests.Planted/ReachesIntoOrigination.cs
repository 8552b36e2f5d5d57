using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Origination.Persistence;

namespace BackOffice.ArchitectureTests.Planted;

/// <summary>Reads Origination's tables directly: exactly what the boundary rules forbid.</summary>
public static class ReachesIntoOrigination
{
    public static string ForbiddenContext => typeof(OriginationDbContext).FullName!;
}

/// <summary>An integration event whose name does not say it is one.</summary>
public sealed record DealerWasRegistered(Guid DealerId) : IntegrationEvent;
