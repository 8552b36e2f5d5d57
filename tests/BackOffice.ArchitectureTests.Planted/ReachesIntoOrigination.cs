using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Origination.Features.Applications;

namespace BackOffice.ArchitectureTests.Planted;

/// <summary>
/// Uses a type of Origination's own assembly that is not its front door (a page's controller): exactly what the
/// boundary rules forbid to other modules, Contracts, BuildingBlocks and the host's hand-written code.
/// </summary>
public static class ReachesIntoOrigination
{
    public static string ForbiddenPage => typeof(ApplicationsController).FullName!;
}

/// <summary>Prices with the lending kernel, which only Origination and Servicing may.</summary>
public static class BorrowsTheLendingKernel
{
    public static decimal Payment => BackOffice.Lending.Amortisation.LevelPayment(10_000m, 12, 0.01m, "CNY");
}

/// <summary>An integration event whose name does not say it is one.</summary>
public sealed record DealerWasRegistered(Guid DealerId) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("dealer", DealerId);
}
