namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>Which DbContext belongs to which module, by the module's assembly name ("BackOffice.Origination").</summary>
public sealed class ModuleContexts
{
    private readonly Dictionary<string, Type> byModule = new(StringComparer.Ordinal);

    public void Add(string moduleAssembly, Type contextType) => byModule[moduleAssembly] = contextType;

    /// <summary>The context of the module that declares <paramref name="messageType"/> in its assembly or its Contracts.</summary>
    public Type? ContextFor(Type messageType)
    {
        var assembly = messageType.Assembly.GetName().Name ?? "";
        const string contracts = ".Contracts";
        var module = assembly.EndsWith(contracts, StringComparison.Ordinal) ? assembly[..^contracts.Length] : assembly;
        return byModule.GetValueOrDefault(module);
    }
}
