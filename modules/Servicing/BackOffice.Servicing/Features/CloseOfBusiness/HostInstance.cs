namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>This process among the hosts that share a database: a name for the leases it holds.</summary>
internal sealed class HostInstance
{
    public string Id { get; } =
        $"{Environment.MachineName[..Math.Min(64, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
