using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Features.Ledger;
using BackOffice.Servicing.Features.Operations;
using BackOffice.Servicing.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing;

/// <summary>The Servicing module's front door: the host calls <see cref="AddServicing"/> and <see cref="MapServicing"/>, nothing else.</summary>
public static class ServicingModule
{
    public const string Area = "Servicing";

    /// <summary>The staff roles that may open the module's pages.</summary>
    public const string Roles = StaffRoles.ServicingAgent + "," + StaffRoles.CareAgent;

    /// <summary>Who may start a close of business by hand.</summary>
    public const string OperationsRoles = StaffRoles.ServicingAgent + "," + StaffRoles.Admin;

    /// <summary>Who keeps the books: the ledger pages, period close, dealer funding, a reconciliation run by hand.</summary>
    public const string LedgerRoles = StaffRoles.Accountant + "," + StaffRoles.Admin;

    /// <summary>Who may open a loan's page: those who service it, and accountants, who read its ledger and record the dealer's funding.</summary>
    public const string LoanPageRoles = Roles + "," + StaffRoles.Accountant;

    /// <summary>Who may open the operations page: those who run the close of business and those who reconcile the ledger.</summary>
    public const string OperationsPageRoles = OperationsRoles + "," + StaffRoles.Accountant;

    public static IHostApplicationBuilder AddServicing(this IHostApplicationBuilder builder)
    {
        builder.AddModule<ServicingDbContext, ServicingSqliteDbContext, ServicingSqlServerDbContext>(
            ServicingDbContext.Schema,
            new NavigationEntry("Servicing", "/servicing", Roles + "," + StaffRoles.Admin, typeof(ServicingResource), 20));
        var services = builder.Services;
        services.AddSingleton(new NavigationEntry("Ledger", "/servicing/Ledger", LedgerRoles, typeof(ServicingResource), 25));
        services.AddOptions<ServicingPolicy>().BindConfiguration(ServicingPolicy.SectionName)
            .Configure<IOptions<PolicyPackOptions>>((servicing, pack) =>
            {
                servicing.UsePack(pack.Value.PolicyPack);
                servicing.Ledger.UnitedStates = pack.Value.IsUnitedStates;
            })
            .Validate(policy => policy.Ledger.IsConsistent, "Servicing:Ledger:Accounts gives two roles the same account code.")
            .ValidateOnStart();
        services.AddOptions<CloseOfBusinessOptions>().BindConfiguration(CloseOfBusinessOptions.SectionName)
            .Validate(o => o.LeaseTakeoverAfter > TimeSpan.Zero, "Servicing:CloseOfBusiness:LeaseTakeoverAfter must be a positive time span.")
            .ValidateOnStart();
        services.AddScoped<CloseOfBusinessRunner>();
        services.AddScoped<CloseOfBusinessLease>();
        services.AddScoped<CloseOfBusinessWatch>();
        services.AddSingleton<HostInstance>();
        services.AddSingleton<IPolicyDescription, ServicingPolicyDescription>();
        services.AddSingleton<CloseOfBusinessQueue>();
        services.AddSingleton<BusinessCalendar>();
        services.AddHostedService<CloseOfBusinessWorker>();
        services.AddScoped<LedgerReconciler>();
        services.AddHostedService<LedgerOpening>();
        services.AddHealthChecks().AddCheck<LedgerHealthCheck>("ledger", tags: ["ready"]);
        return builder;
    }

    public static IEndpointRouteBuilder MapServicing(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
