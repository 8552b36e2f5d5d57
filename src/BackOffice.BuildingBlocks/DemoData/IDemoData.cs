namespace BackOffice.BuildingBlocks.DemoData;

/// <summary>
/// A module's share of the demo data of a local run, laid by the host at start-up when <c>DemoSeed:Enabled</c>
/// (Development only). Each module seeds its own tables through its own features; running it again changes nothing.
/// </summary>
public interface IDemoData
{
    Task EnsureAsync(CancellationToken cancellationToken);
}
