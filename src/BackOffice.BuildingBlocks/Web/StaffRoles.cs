namespace BackOffice.BuildingBlocks.Web;

/// <summary>The staff roles of the domain; pages and menus check them by these names.</summary>
public static class StaffRoles
{
    public const string Admin = nameof(Admin);
    public const string Underwriter = nameof(Underwriter);
    public const string ServicingAgent = nameof(ServicingAgent);
    public const string CareAgent = nameof(CareAgent);
    public const string Collector = nameof(Collector);
    public const string CollectionsManager = nameof(CollectionsManager);
    public const string Trainer = nameof(Trainer);
    public const string ComplianceOfficer = nameof(ComplianceOfficer);
    public const string Accountant = nameof(Accountant);

    public static readonly IReadOnlyList<string> All =
        [Admin, Underwriter, ServicingAgent, CareAgent, Collector, CollectionsManager, Trainer, ComplianceOfficer, Accountant];
}
