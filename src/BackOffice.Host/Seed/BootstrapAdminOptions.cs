namespace BackOffice.Host.Seed;

/// <summary>
/// The first administrator of a real installation (no demo seed there): created at start-up only while no
/// administrator exists. Give it through the environment (<c>Bootstrap__AdminEmail</c>, <c>Bootstrap__AdminPassword</c>)
/// and remove it once that person has signed in and enrolled an authenticator.
/// </summary>
public sealed class BootstrapAdminOptions
{
    public const string SectionName = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
