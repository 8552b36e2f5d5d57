namespace BackOffice.BuildingBlocks.DemoData;

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

    /// <summary>The demo dealer Origination registers and the host issues the demo API client to.</summary>
    public string DealerCode { get; set; } = "SUNRISE";
}
