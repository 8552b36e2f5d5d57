namespace BackOffice.Collections;

/// <summary>Names the module's localised strings (Resources/CollectionsResource.*.resx) for <c>IStringLocalizer</c>.</summary>
public sealed class CollectionsResource;
