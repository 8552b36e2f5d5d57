using BackOffice.Host.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>The demo users the seed lays (one per role), as the README lists them.</summary>
public static class DemoStaff
{
    public const string Admin = "admin@backoffice.local";
    public const string Underwriter = "underwriter@backoffice.local";
    public const string Servicing = "servicing@backoffice.local";
    public const string Care = "care@backoffice.local";
    public const string Collector = "collector@backoffice.local";
    public const string Manager = "manager@backoffice.local";
    public const string Trainer = "trainer@backoffice.local";
    public const string Compliance = "compliance@backoffice.local";
    public const string Accountant = "accountant@backoffice.local";

    public static readonly string[] All = [Admin, Underwriter, Servicing, Care, Collector, Manager, Trainer, Compliance, Accountant];

    /// <summary>The staff id of a demo user: records and the audit trail name people by it, never by e-mail.</summary>
    public static async Task<string> IdOfAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return (await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No staff member {email}.")).Id;
    }
}
