namespace BackOffice.Servicing;

/// <summary>Names the module's localised strings (Resources/ServicingResource.*.resx) for <c>IStringLocalizer</c>.</summary>
public sealed class ServicingResource;
