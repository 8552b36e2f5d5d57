using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace BackOffice.Servicing;

/// <summary>The Servicing module's front door: the host calls <see cref="AddServicing"/> and <see cref="MapServicing"/>, nothing else.</summary>
public static class ServicingModule
{
    public const string Area = "Servicing";

    /// <summary>The staff roles that may open the module's pages.</summary>
    public const string Roles = StaffRoles.ServicingAgent + "," + StaffRoles.CareAgent;

    public static IHostApplicationBuilder AddServicing(this IHostApplicationBuilder builder) =>
        builder.AddModule<ServicingDbContext, ServicingSqliteDbContext, ServicingSqlServerDbContext>(
            ServicingDbContext.Schema,
            new NavigationEntry("Servicing", "/servicing", Roles, typeof(ServicingResource), 20));

    public static IEndpointRouteBuilder MapServicing(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
