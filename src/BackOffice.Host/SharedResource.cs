namespace BackOffice.Host;

/// <summary>Names the shell's localised strings (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
