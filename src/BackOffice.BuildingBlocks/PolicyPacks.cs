namespace BackOffice.BuildingBlocks;

/// <summary>
/// The jurisdiction whose conduct rules apply (root configuration key "PolicyPack"): CN (default) or US.
/// Every module reads its pack-dependent values (certification period, complaint deadlines, retention…) from it.
/// </summary>
public sealed class PolicyPackOptions
{
    public const string China = "CN";
    public const string UnitedStates = "US";

    public string PolicyPack { get; set; } = China;

    public bool IsUnitedStates => string.Equals(PolicyPack, UnitedStates, StringComparison.OrdinalIgnoreCase);
}
