namespace BackOffice.Servicing.Domain;

/// <summary>
/// The one row that says which host runs the close of business and when it last said it was alive. The holder
/// renews <see cref="HeartbeatAt"/> while it runs; a holder silent for the takeover time has stopped, and any host
/// may take the lease over.
/// </summary>
internal sealed class RunLease
{
    public const string CloseOfBusiness = "close-of-business";

    private RunLease()
    {
    }

    /// <summary>A lease as it stands: free (empty holder) when the database is made, held once a host takes it.</summary>
    public RunLease(string name, string holder, DateTimeOffset heartbeatAt)
    {
        Name = name;
        Holder = holder;
        HeartbeatAt = heartbeatAt;
    }

    public string Name { get; private set; } = "";

    /// <summary>The holding host (<c>machine:process:nonce</c>), empty when free.</summary>
    public string Holder { get; private set; } = "";

    public DateTimeOffset HeartbeatAt { get; private set; }

    public bool IsFree => Holder.Length == 0;

    /// <summary>From this instant another host may take the lease: at exactly the takeover time, not a tick before.</summary>
    public DateTimeOffset TakeoverAt(TimeSpan takeoverAfter) => HeartbeatAt + takeoverAfter;

    /// <summary>The holder's machine and process, without the per-start nonce, for people to read.</summary>
    public string HolderName => string.Join(':', Holder.Split(':').Take(2));
}
