namespace BackOffice.Testing;

/// <summary>The demo users the seed lays (one per role), as the README lists them.</summary>
public static class DemoStaff
{
    public const string Admin = "admin@backoffice.local";
    public const string Underwriter = "underwriter@backoffice.local";
    public const string Servicing = "servicing@backoffice.local";
    public const string Care = "care@backoffice.local";
    public const string Collector = "collector@backoffice.local";
    public const string Manager = "manager@backoffice.local";
    public const string Trainer = "trainer@backoffice.local";
    public const string Compliance = "compliance@backoffice.local";

    public static readonly string[] All = [Admin, Underwriter, Servicing, Care, Collector, Manager, Trainer, Compliance];
}
