namespace BackOffice.Host.Seed;

/// <summary>
/// The demo data of a local run (Development only). Override any value with configuration, e.g.
/// <c>DemoSeed__Password=...</c> in the environment; never use these values anywhere real.
/// </summary>
public sealed class DemoSeedOptions
{
    public const string SectionName = "DemoSeed";

    public bool Enabled { get; set; }

    public string Password { get; set; } = "";

    public string DealerClientId { get; set; } = "demo-dealer";

    public string DealerClientSecret { get; set; } = "";
}
