using System.Reflection;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackOffice.BuildingBlocks;

/// <summary>What every module's front door does, so each <c>AddX()</c>/<c>MapX()</c> only says what is its own.</summary>
public static class ModuleRegistration
{
    public static IHostApplicationBuilder AddModule<TContext, TSqlite, TSqlServer>(
        this IHostApplicationBuilder builder, string schema, NavigationEntry navigation)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        builder.AddModuleDbContext<TContext, TSqlite, TSqlServer>(schema);
        builder.Services.AddSingleton(navigation);
        builder.Services.AddConventionalServices(typeof(TContext).Assembly);
        return builder;
    }

    /// <summary>The module's pages live in its MVC area under its own path, e.g. /origination/home.</summary>
    public static IEndpointRouteBuilder MapModuleArea(this IEndpointRouteBuilder endpoints, string area)
    {
        endpoints.MapAreaControllerRoute(area, area, area.ToLowerInvariant() + "/{controller=Home}/{action=Index}/{id?}");
        return endpoints;
    }

    /// <summary>Scrutor scan of a module: its validators.</summary>
    public static IServiceCollection AddConventionalServices(this IServiceCollection services, Assembly assembly)
    {
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            // Validators hold no state and are costly to build (their rules compile expressions): one each.
            .AddClasses(classes => classes.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime());
        return services;
    }
}
