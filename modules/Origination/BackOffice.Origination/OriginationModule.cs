using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.DemoData;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Features.DemoData;
using BackOffice.Origination.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination;

/// <summary>
/// The Origination module's front door: the host calls <see cref="AddOrigination"/> and <see cref="MapOrigination"/>, nothing else.
/// </summary>
public static class OriginationModule
{
    public const string Area = "Origination";

    /// <summary>The staff roles that may open the module's pages.</summary>
    public const string Roles = StaffRoles.Underwriter;

    public static IHostApplicationBuilder AddOrigination(this IHostApplicationBuilder builder)
    {
        builder.AddModule<OriginationDbContext, OriginationSqliteDbContext, OriginationSqlServerDbContext>(
            OriginationDbContext.Schema,
            new NavigationEntry("Origination", "/origination", Roles, typeof(OriginationResource), 10));
        builder.Services.AddOptions<UnderwritingPolicy>().BindConfiguration(UnderwritingPolicy.SectionName)
            .Configure<IOptions<PolicyPackOptions>>((underwriting, pack) => underwriting.UsePack(pack.Value.PolicyPack));
        builder.Services.AddSingleton<IPolicyDescription, OriginationPolicyDescription>();
        builder.Services.AddScoped<ApplicationPresenter>();
        builder.Services.AddScoped<IDemoData, OriginationDemoData>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOrigination(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
