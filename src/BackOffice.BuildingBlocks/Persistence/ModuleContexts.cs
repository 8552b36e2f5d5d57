namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>Which DbContext belongs to which module, by the module's assembly name ("BackOffice.Origination").</summary>
public sealed class ModuleContexts
{
    private const string Prefix = "BackOffice.";
    private readonly Dictionary<string, Type> byModule = new(StringComparer.Ordinal);

    public void Add(string moduleAssembly, Type contextType) => byModule[moduleAssembly] = contextType;

    /// <summary>Every module's short name ("Origination") and context, in a stable order.</summary>
    public IReadOnlyList<(string Module, Type Context)> All =>
        [.. byModule.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (ShortName(m.Key), m.Value))];

    /// <summary>The context of the module of this short name ("Origination"), or null.</summary>
    public Type? ContextOf(string module) => byModule.GetValueOrDefault(Prefix + module);

    /// <summary>The context of the module that declares <paramref name="messageType"/> in its assembly or its Contracts.</summary>
    public Type? ContextFor(Type messageType)
    {
        var assembly = messageType.Assembly.GetName().Name ?? "";
        const string contracts = ".Contracts";
        var module = assembly.EndsWith(contracts, StringComparison.Ordinal) ? assembly[..^contracts.Length] : assembly;
        return byModule.GetValueOrDefault(module);
    }

    private static string ShortName(string assembly) => assembly.StartsWith(Prefix, StringComparison.Ordinal) ? assembly[Prefix.Length..] : assembly;
}
