using System.Reflection;

namespace BackOffice.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => [.. BoundaryRules.Modules];

    private static readonly Assembly Planted = typeof(Planted.ReachesIntoOrigination).Assembly;

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_no_other_modules_internals(string module)
    {
        Assert.Empty(BoundaryRules.OtherModulesInternalsUsedBy(BoundaryRules.Load($"BackOffice.{module}")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_reference_no_module_internals(string module)
    {
        Assert.Empty(BoundaryRules.InternalsUsedByContracts(BoundaryRules.Load($"BackOffice.{module}.Contracts")));
    }

    [Fact]
    public void BuildingBlocks_references_no_module()
    {
        Assert.Empty(BoundaryRules.ModulesUsedByBuildingBlocks(typeof(BuildingBlocks.ModuleRegistration).Assembly));
    }

    [Fact]
    public void Only_origination_and_servicing_use_the_lending_kernel_and_it_uses_no_module()
    {
        var everyModuleProject = BoundaryRules.Modules.SelectMany(m => new[] { $"BackOffice.{m}", $"BackOffice.{m}.Contracts" });
        Assert.Empty(BoundaryRules.LendingKernelUsersOtherThanPricingAndServicing(everyModuleProject.Select(BoundaryRules.Load)));
        Assert.Empty(BoundaryRules.ModulesUsedByBuildingBlocks(BoundaryRules.Load(BoundaryRules.LendingKernel)));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Integration_events_are_named_as_such(string module)
    {
        Assert.Empty(BoundaryRules.BadlyNamedIntegrationEvents(BoundaryRules.Load($"BackOffice.{module}.Contracts")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Each_module_has_one_front_door_with_add_and_map(string module)
    {
        var frontDoor = BoundaryRules.Load($"BackOffice.{module}").GetType($"BackOffice.{module}.{module}Module");

        Assert.NotNull(frontDoor);
        Assert.NotNull(frontDoor.GetMethod($"Add{module}", BindingFlags.Public | BindingFlags.Static));
        Assert.NotNull(frontDoor.GetMethod($"Map{module}", BindingFlags.Public | BindingFlags.Static));
    }

    // The rules are shown to fail: the planted assembly breaks each of them on purpose.
    [Fact]
    public void The_module_rule_reports_the_planted_reach_into_origination()
    {
        Assert.Equal(["BackOffice.Origination"], BoundaryRules.OtherModulesInternalsUsedBy(Planted));
    }

    [Fact]
    public void The_contracts_rule_reports_the_planted_reach_into_origination()
    {
        Assert.Equal(["BackOffice.Origination"], BoundaryRules.InternalsUsedByContracts(Planted));
    }

    [Fact]
    public void The_building_blocks_rule_reports_the_planted_reach_into_origination()
    {
        Assert.Equal(["BackOffice.Origination"], BoundaryRules.ModulesUsedByBuildingBlocks(Planted));
    }

    [Fact]
    public void The_lending_kernel_rule_reports_the_planted_use_of_it()
    {
        Assert.Equal(["BackOffice.ArchitectureTests.Planted"], BoundaryRules.LendingKernelUsersOtherThanPricingAndServicing([Planted]));
    }

    [Fact]
    public void The_naming_rule_reports_the_planted_badly_named_event()
    {
        Assert.Equal(["BackOffice.ArchitectureTests.Planted.DealerWasRegistered"], BoundaryRules.BadlyNamedIntegrationEvents(Planted));
    }
}
