using System.Reflection;

namespace BackOffice.ArchitectureTests;

/// <summary>
/// The rules of architecture.md as functions of an assembly, so each can be run on the real assemblies and on
/// the planted violation. Each returns the offending references, empty when the assembly keeps the rule.
/// </summary>
public static class BoundaryRules
{
    public static readonly string[] Modules = ["Origination", "Servicing", "Collections", "Training", "Compliance"];

    /// <summary>Rule 1: a module references BuildingBlocks and other modules' Contracts, never another module's internals.</summary>
    public static IReadOnlyList<string> OtherModulesInternalsUsedBy(Assembly assembly) =>
        [.. References(assembly).Where(name => IsModuleInternals(name) && name != assembly.GetName().Name)];

    /// <summary>Rule 1: Contracts are the public face and reference no module's internals, not even their own.</summary>
    public static IReadOnlyList<string> InternalsUsedByContracts(Assembly contracts) =>
        [.. References(contracts).Where(IsModuleInternals)];

    /// <summary>BuildingBlocks is shared by all and so depends on none of them.</summary>
    public static IReadOnlyList<string> ModulesUsedByBuildingBlocks(Assembly buildingBlocks) =>
        [.. References(buildingBlocks).Where(name => Modules.Any(m => name.StartsWith($"BackOffice.{m}", StringComparison.Ordinal)))];

    /// <summary>The lending kernel (ADR 12) is the pricing and servicing modules' alone, and knows no module.</summary>
    public static IReadOnlyList<string> LendingKernelUsersOtherThanPricingAndServicing(IEnumerable<Assembly> assemblies) =>
        [.. assemblies.Where(a => References(a).Contains(LendingKernel)
                && a.GetName().Name is not ("BackOffice.Origination" or "BackOffice.Servicing"))
            .Select(a => a.GetName().Name!)];

    public const string LendingKernel = "BackOffice.Lending";

    /// <summary>Names say what happens: an integration event's type name ends with IntegrationEvent.</summary>
    public static IReadOnlyList<string> BadlyNamedIntegrationEvents(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(BuildingBlocks.Outbox.IntegrationEvent))
                && !t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal))
            .Select(t => t.FullName!)];

    public static Assembly Load(string name) => Assembly.Load(name);

    private static IEnumerable<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!);

    private static bool IsModuleInternals(string name) => Modules.Any(m => name == $"BackOffice.{m}");
}
