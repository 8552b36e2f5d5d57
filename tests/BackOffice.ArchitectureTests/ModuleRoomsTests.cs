using System.Reflection;

namespace BackOffice.ArchitectureTests;

/// <summary>The rooms of every module (docs/architecture.md), each rule also run on the planted violation.</summary>
public sealed class ModuleRoomsTests
{
    public static TheoryData<string> Modules => [.. BoundaryRules.Modules];

    private static readonly Assembly Planted = typeof(Planted.ReachesIntoOrigination).Assembly;

    private const string PlantedRoot = "BackOffice.ArchitectureTests.Planted";

    private static Assembly Module(string name) => BoundaryRules.Load($"BackOffice.{name}");

    /// <summary>Lists what breaks a rule, one per line, rather than xUnit's clipped collection.</summary>
    private static void None(IReadOnlyList<string> breaches) =>
        Assert.True(breaches.Count == 0, "Breaks the rule:\n" + string.Join("\n", breaches));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_and_persistence_use_no_feature(string module)
    {
        None(HouseRules.FeaturesUsedByDomainOrPersistence(Module(module), $"BackOffice.{module}"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_types_are_internal_unless_the_front_door_controllers_or_migrations_need_them(string module)
    {
        None(HouseRules.NeedlesslyPublicTypes(Module(module), $"BackOffice.{module}.{module}Module"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Validators_are_internal(string module)
    {
        None(HouseRules.PublicValidators(Module(module)));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_are_named_after_their_message_and_requests_say_command_or_query(string module)
    {
        None(HouseRules.BadlyNamedHandlersAndMessages(Module(module)));
        None(HouseRules.BadlyNamedHandlersAndMessages(BoundaryRules.Load($"BackOffice.{module}.Contracts")));
    }

    [Fact]
    public void No_two_handlers_in_the_solution_share_a_name()
    {
        None(HouseRules.HandlerNamesUsedTwice(BoundaryRules.Modules.Select(Module)));
    }

    [Fact]
    public void The_host_uses_only_each_modules_front_door()
    {
        None(HouseRules.ModuleInternalsUsedByHost(typeof(Host.Access.AccessDbContext).Assembly, BoundaryRules.Modules));
    }

    // The rules are shown to fail: the planted assembly breaks each of them on purpose.
    [Fact]
    public void The_rooms_rule_reports_the_planted_domain_reaching_into_a_feature()
    {
        Assert.Equal(
            [$"{PlantedRoot}.Domain.ReachesIntoAFeature uses {PlantedRoot}.Features.ShowThingQuery"],
            HouseRules.FeaturesUsedByDomainOrPersistence(Planted, PlantedRoot));
    }

    [Fact]
    public void The_internal_rule_reports_the_planted_public_types()
    {
        Assert.Contains($"{PlantedRoot}.Features.ShowThingValidator", HouseRules.NeedlesslyPublicTypes(Planted, $"{PlantedRoot}.PlantedModule"));
    }

    [Fact]
    public void The_validator_rule_reports_the_planted_public_validator()
    {
        Assert.Equal([$"{PlantedRoot}.Features.ShowThingValidator"], HouseRules.PublicValidators(Planted));
    }

    [Fact]
    public void The_naming_rule_reports_the_planted_handler_and_command()
    {
        Assert.Equal(
            [$"{PlantedRoot}.Features.ApproveThing is a request named for neither command nor query",
             $"{PlantedRoot}.Features.Shows handles ShowThingQuery"],
            HouseRules.BadlyNamedHandlersAndMessages(Planted));
    }

    [Fact]
    public void The_host_rule_reports_the_planted_reach_past_originations_front_door()
    {
        Assert.Equal(
            [$"{PlantedRoot}.ReachesIntoOrigination uses BackOffice.Origination.Features.Applications.ApplicationsController"],
            HouseRules.ModuleInternalsUsedByHost(Planted, BoundaryRules.Modules));
    }

    [Fact]
    public void The_unique_name_rule_reports_the_planted_twins()
    {
        Assert.Equal(
            [$"TwinNoticeHandler: {PlantedRoot}.Twins.First.TwinNoticeHandler, {PlantedRoot}.Twins.Second.TwinNoticeHandler"],
            HouseRules.HandlerNamesUsedTwice([Planted]));
    }
}
