using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace BackOffice.Collections;

/// <summary>The Collections module's front door: the host calls <see cref="AddCollections"/> and <see cref="MapCollections"/>, nothing else.</summary>
public static class CollectionsModule
{
    public const string Area = "Collections";

    /// <summary>The staff roles that may open the module's pages.</summary>
    public const string Roles = StaffRoles.Collector + "," + StaffRoles.CollectionsManager;

    public static IHostApplicationBuilder AddCollections(this IHostApplicationBuilder builder) =>
        builder.AddModule<CollectionsDbContext, CollectionsSqliteDbContext, CollectionsSqlServerDbContext>(
            CollectionsDbContext.Schema,
            new NavigationEntry("Collections", "/collections", Roles, typeof(CollectionsResource), 30));

    public static IEndpointRouteBuilder MapCollections(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
