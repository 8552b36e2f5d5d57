using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.DemoData;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Features.DemoData;
using BackOffice.Training.Domain;
using BackOffice.Training.Features.ExpireCertifications;
using BackOffice.Training.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace BackOffice.Training;

/// <summary>The Training module's front door: the host calls <see cref="AddTraining"/> and <see cref="MapTraining"/>, nothing else.</summary>
public static class TrainingModule
{
    public const string Area = "Training";

    /// <summary>The staff roles that may open the module's pages — who takes courses: collectors and their managers, and the care team (hardship counselling, the conduct rules its contacts follow).</summary>
    public const string Roles = StaffRoles.Trainer + "," + StaffRoles.Collector + "," + StaffRoles.CollectionsManager + "," + StaffRoles.CareAgent;

    /// <summary>Who manages courses, enrolments and certifications.</summary>
    public const string TrainerRoles = StaffRoles.Trainer + "," + StaffRoles.ComplianceOfficer;

    public static IHostApplicationBuilder AddTraining(this IHostApplicationBuilder builder)
    {
        builder.AddModule<TrainingDbContext, TrainingSqliteDbContext, TrainingSqlServerDbContext>(
            TrainingDbContext.Schema,
            new NavigationEntry("Training", "/training", Roles, typeof(TrainingResource), 40));
        builder.Services.AddSingleton<IPolicyDescription, TrainingPolicyDescription>();
        builder.Services.AddOptions<TrainingPolicy>()
            .BindConfiguration(TrainingPolicy.SectionName)
            .Configure<IOptions<PolicyPackOptions>>((training, pack) => training.PolicyPack = pack.Value.PolicyPack);
        builder.Services.AddHostedService<CertificationExpiryWorker>();
        builder.Services.AddSingleton<IExpiryMail, LoggedExpiryMail>();
        builder.Services.AddScoped<IDemoData, TrainingDemoData>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTraining(this IEndpointRouteBuilder endpoints) => endpoints.MapModuleArea(Area);
}
