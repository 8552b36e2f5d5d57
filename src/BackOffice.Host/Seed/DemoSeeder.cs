using BackOffice.BuildingBlocks.Web;
using BackOffice.Host.Access;
using BackOffice.Host.PartnerApi;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Features.Applications;
using BackOffice.Origination.Features.SubmitApplication;
using BackOffice.Training.Features.Courses;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Seed;

/// <summary>One demo user per role and a demo dealer with an API client. Safe to run at every start.</summary>
public sealed class DemoSeeder(
    RoleManager<IdentityRole> roles,
    UserManager<StaffUser> users,
    ISender sender,
    DealerApiClients clients,
    AccessDbContext access,
    IOptions<DemoSeedOptions> options,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    private const string Actor = "demo-seed";
    public const string DemoDealerCode = "SUNRISE";

    /// <summary>(email, name, role) of every demo user; the README lists the same.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role)> DemoUsers =
    [
        ("admin@backoffice.local", "Ada Admin", StaffRoles.Admin),
        ("underwriter@backoffice.local", "Uma Underwriter", StaffRoles.Underwriter),
        ("servicing@backoffice.local", "Sam Servicing", StaffRoles.ServicingAgent),
        ("care@backoffice.local", "Cai Care", StaffRoles.CareAgent),
        ("collector@backoffice.local", "Colin Collector", StaffRoles.Collector),
        ("manager@backoffice.local", "Mei Manager", StaffRoles.CollectionsManager),
        ("trainer@backoffice.local", "Tao Trainer", StaffRoles.Trainer),
        ("compliance@backoffice.local", "Chen Compliance", StaffRoles.ComplianceOfficer),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.Password) || string.IsNullOrEmpty(settings.DealerClientSecret))
        {
            throw new InvalidOperationException("DemoSeed:Password and DemoSeed:DealerClientSecret must be set when DemoSeed:Enabled is true.");
        }

        foreach (var (email, name, role) in DemoUsers)
        {
            await EnsureUserAsync(email, name, role, settings.Password);
        }

        var dealerId = await EnsureDemoDealerAsync(settings, cancellationToken);
        await EnsureDemoApplicationsAsync(dealerId, cancellationToken);
        await sender.Send(new EnsureDemoCoursesCommand(), cancellationToken);
        logger.LogInformation("Demo data is in place: {Users} users and dealer {Dealer}", DemoUsers.Count, DemoDealerCode);
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Creates the configured first administrator when the installation has none.</summary>
    public async Task EnsureBootstrapAdminAsync(BootstrapAdminOptions bootstrap)
    {
        if (string.IsNullOrWhiteSpace(bootstrap.AdminEmail) || string.IsNullOrEmpty(bootstrap.AdminPassword)
            || (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count > 0)
        {
            return;
        }

        await EnsureUserAsync(bootstrap.AdminEmail, "Administrator", StaffRoles.Admin, bootstrap.AdminPassword);
        logger.LogWarning("Created the first administrator {Email}; remove the Bootstrap settings now", bootstrap.AdminEmail);
    }

    private async Task EnsureUserAsync(string email, string name, string role, string password)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new StaffUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private async Task<Guid> EnsureDemoDealerAsync(DemoSeedOptions settings, CancellationToken cancellationToken)
    {
        var existing = (await sender.Send(new DealersQuery(DemoDealerCode), cancellationToken)).Items
            .FirstOrDefault(d => d.Code == DemoDealerCode);
        var dealerId = existing?.Id
            ?? await sender.Send(new RegisterDealerCommand("Sunrise Motors", DemoDealerCode, "partners@sunrise-motors.example", Actor), cancellationToken);

        if (!await access.DealerApiClients.AnyAsync(c => c.ClientId == settings.DealerClientId, cancellationToken))
        {
            await clients.CreateAsync(dealerId, DemoDealerCode, Actor, cancellationToken, settings.DealerClientId, settings.DealerClientSecret);
        }

        return dealerId;
    }

    /// <summary>
    /// Three applications so the underwriter's queue and the dealer's list are not empty: approved (and its
    /// contract confirmed, so Servicing has a loan once the outbox delivers the booking), referred, declined.
    /// </summary>
    private async Task EnsureDemoApplicationsAsync(Guid dealerId, CancellationToken cancellationToken)
    {
        if ((await sender.Send(new DealerApplicationsQuery(dealerId, null, 1), cancellationToken)).TotalCount > 0)
        {
            return;
        }

        (string Name, string Id, DateOnly Born, string Vin, decimal Income, int Term)[] applicants =
        [
            ("Li Na", "110101199003074477", new DateOnly(1990, 3, 7), "LFV2A21K3A3001234", 20_000m, 36),
            ("Zhang Wei", "440308199901011234", new DateOnly(1999, 1, 1), "LSVAU218XN2183294", 20_000m, 24),
            ("Chen Jie", "11010519491231002X", new DateOnly(1949, 12, 31), "LGBH52E01LY000001", 2_500m, 36),
        ];
        foreach (var (name, id, born, vin, income, term) in applicants)
        {
            var submitted = await sender.Send(new SubmitApplicationCommand(
                new ApplicantRequest(name, IdType.ChineseResidentId, id, born, "13812345678", "1 Chang'an Avenue, Beijing", null),
                new EmploymentRequest("Beijing Transit", EmploymentType.Employed, income, 2_000m),
                new VehicleRequest(vin, "BYD", "Seal", clock.GetUtcNow().Year, 150_000m, VehicleCondition.New),
                50_000m, 100_000m, term, "NEW-STD")
            { DealerId = dealerId, IdempotencyKey = "demo-" + id }, cancellationToken);
            if (submitted.Application.Status == ApplicationStatus.Approved)
            {
                await sender.Send(new ConfirmContractCommand(dealerId, submitted.Application.Id), cancellationToken);
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
