using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Domain.Conduct.Screening;
using BackOffice.Collections.Features.ImportAgencyContacts;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Features.BreakDuePromises;
using BackOffice.Collections.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace BackOffice.Collections;

/// <summary>
/// The Collections module's front door: the host calls <see cref="AddCollections"/> and <see cref="MapCollections"/>,
/// nothing else.
/// </summary>
public static class CollectionsModule
{
    public const string Area = "Collections";

    /// <summary>The staff roles that may open the module's pages.</summary>
    public const string Roles = StaffRoles.Collector + "," + StaffRoles.CollectionsManager;

    public const string ManagerRoles = StaffRoles.CollectionsManager;

    public static IHostApplicationBuilder AddCollections(this IHostApplicationBuilder builder)
    {
        builder.AddModule<CollectionsDbContext, CollectionsSqliteDbContext, CollectionsSqlServerDbContext>(
            CollectionsDbContext.Schema,
            new NavigationEntry("Collections", "/collections", Roles, typeof(CollectionsResource), 30));
        var services = builder.Services;
        services.AddOptions<ConductPolicy>()
            .BindConfiguration(ConductPolicy.SectionName)
            .Configure<IOptions<PolicyPackOptions>>((conduct, pack) => conduct.Pack = pack.Value.PolicyPack);
        services.AddOptions<ScreeningLists>().BindConfiguration(ScreeningLists.SectionName);
        services.AddOptions<CollectionStrategy>().BindConfiguration(CollectionStrategy.SectionName);
        services.AddOptions<VisitOptions>().BindConfiguration(VisitOptions.SectionName);
        services.AddSingleton<IPolicyDescription, CollectionsPolicyDescription>();
        services.AddScoped<Assignment>();
        services.AddScoped<ArrearsFollower>();
        services.AddScoped<ContactHistory>();
        services.AddScoped<GuardFactsReader>();
        services.AddScoped<AgencyContactReview>();
        services.AddScoped<IMessageGateway, RecordingMessageGateway>();
        services.AddHostedService<PromiseWorker>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCollections(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
