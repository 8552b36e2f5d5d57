namespace BackOffice.Training;

/// <summary>Names the module's localised strings (Resources/TrainingResource.*.resx) for <c>IStringLocalizer</c>.</summary>
public sealed class TrainingResource;
