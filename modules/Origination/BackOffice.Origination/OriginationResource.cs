namespace BackOffice.Origination;

/// <summary>Names the module's localised strings (Resources/OriginationResource.*.resx) for <c>IStringLocalizer</c>.</summary>
internal sealed class OriginationResource;
