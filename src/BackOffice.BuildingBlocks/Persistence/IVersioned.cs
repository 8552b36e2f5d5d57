namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// An aggregate that people or systems change concurrently. Its version is a concurrency token renewed on every
/// save that changes the aggregate or any part of it (<see cref="AggregateVersions"/>), so a change decided on a
/// state that someone else has since changed is refused at commit instead of overwriting theirs.
/// </summary>
public interface IVersioned
{
    Guid Version { get; }
}
