using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance;

/// <summary>The Compliance module's front door: the host calls <see cref="AddCompliance"/> and <see cref="MapCompliance"/>, nothing else.</summary>
public static class ComplianceModule
{
    public const string Area = "Compliance";

    /// <summary>The staff roles that may open the module's pages.</summary>
    public const string Roles = StaffRoles.ComplianceOfficer;

    public static IHostApplicationBuilder AddCompliance(this IHostApplicationBuilder builder)
    {
        builder.AddModule<ComplianceDbContext, ComplianceSqliteDbContext, ComplianceSqlServerDbContext>(
            ComplianceDbContext.Schema,
            new NavigationEntry("Compliance", "/compliance", Roles, typeof(ComplianceResource), 50));

        AddAuditKeys(builder.Services);
        // One instance: it serialises appends to the hash chain and remembers its tail.
        builder.Services.AddSingleton<HashChainedAuditTrail>();
        builder.Services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<HashChainedAuditTrail>());
        builder.Services.AddHostedService<AuditRetentionWorker>();
        builder.Services.AddHostedService<AuditCheckpointWorker>();
        return builder;
    }

    /// <summary>The key that seals the trail comes from configuration (or a key file), never the database, and is checked at start-up.</summary>
    private static void AddAuditKeys(IServiceCollection services)
    {
        services.AddOptions<AuditKeyOptions>()
            .BindConfiguration(AuditKeyOptions.SectionName)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.ChainKey) && File.Exists(options.ChainKeyFile))
                {
                    options.ChainKey = File.ReadAllText(options.ChainKeyFile).Trim();
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditKeyOptions>, AuditKeyOptionsValidator>();
        services.AddSingleton(sp => AuditKeyRing.From(sp.GetRequiredService<IOptions<AuditKeyOptions>>().Value));
    }

    public static IEndpointRouteBuilder MapCompliance(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
