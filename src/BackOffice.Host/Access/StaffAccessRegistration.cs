using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace BackOffice.Host.Access;

public sealed class StaffSecurityOptions
{
    public const string SectionName = "StaffSecurity";

    /// <summary>Staff must enrol an authenticator before using any page. Off only for the local demo.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}

public static class StaffAccessRegistration
{
    public static IHostApplicationBuilder AddStaffAccess(this IHostApplicationBuilder builder)
    {
        builder.AddMigratedDbContext<AccessDbContext, AccessSqliteDbContext, AccessSqlServerDbContext>(AccessDbContext.Schema);
        var security = builder.Configuration.GetSection(StaffSecurityOptions.SectionName).Get<StaffSecurityOptions>() ?? new();
        builder.Services.Configure<StaffSecurityOptions>(builder.Configuration.GetSection(StaffSecurityOptions.SectionName));

        builder.Services
            .AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AccessDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "BackOffice.Staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        // Checked on every request: disabling a user or changing their roles ends their session at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        builder.Services.AddScoped<IStaffDirectory, IdentityStaffDirectory>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IActingStaff, ActingStaffFromRequest>();

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("BackOffice")
            .PersistKeysToDbContext<AccessDbContext>();

        // Keys rest encrypted in the database when an installation gives a certificate for it.
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(
                System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                    certificate, builder.Configuration["DataProtection:CertificatePassword"]));
        }

        return builder;
    }
}
