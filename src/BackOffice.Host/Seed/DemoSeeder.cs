using BackOffice.BuildingBlocks.DemoData;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Host.Access;
using BackOffice.Host.PartnerApi;
using BackOffice.Origination.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Seed;

/// <summary>
/// One demo user per role, each module's demo data (<see cref="IDemoData"/>), and the demo dealer's API client.
/// Safe to run at every start.
/// </summary>
public sealed class DemoSeeder(
    RoleManager<IdentityRole> roles,
    UserManager<StaffUser> users,
    ISender sender,
    DealerApiClients clients,
    AccessDbContext access,
    IOptions<DemoSeedOptions> options,
    IEnumerable<IDemoData> modules,
    ILogger<DemoSeeder> logger)
{
    private const string Actor = "demo-seed";

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
        ("accountant@backoffice.local", "Ann Accountant", StaffRoles.Accountant),
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

        foreach (var module in modules)
        {
            await module.EnsureAsync(cancellationToken);
        }

        await EnsureDemoDealerClientAsync(settings, cancellationToken);
        logger.LogInformation("Demo data is in place: {Users} users and dealer {Dealer}", DemoUsers.Count, settings.DealerCode);
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

    /// <summary>The demo dealer is Origination's (its demo data registers it); its API client is the host's.</summary>
    private async Task EnsureDemoDealerClientAsync(DemoSeedOptions settings, CancellationToken cancellationToken)
    {
        var dealers = await sender.Send(new DealersQuery(settings.DealerCode), cancellationToken);
        var dealer = dealers.Items.FirstOrDefault(d => d.Code == settings.DealerCode)
            ?? throw new InvalidOperationException($"Origination's demo data did not register the dealer {settings.DealerCode}.");
        if (!await access.DealerApiClients.AnyAsync(c => c.ClientId == settings.DealerClientId, cancellationToken))
        {
            await clients.CreateAsync(dealer.Id, dealer.Code, Actor, cancellationToken, settings.DealerClientId, settings.DealerClientSecret);
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
