namespace BackOffice.Compliance;

/// <summary>Names the module's localised strings (Resources/ComplianceResource.*.resx) for <c>IStringLocalizer</c>.</summary>
public sealed class ComplianceResource;
