using System.Globalization;
using System.Text.Json.Serialization;
using BackOffice.BuildingBlocks.Web.Pages;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace BackOffice.Host.Shell;

/// <summary>The server-rendered staff application: MVC with module areas, en / zh-Hans, antiforgery on every form.</summary>
public static class StaffShellRegistration
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("zh-Hans")];

    public static IHostApplicationBuilder AddStaffShell(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services
            .AddControllersWithViews(mvc =>
            {
                mvc.Conventions.Add(new FormsNeedAntiforgeryConvention());
                mvc.Filters.Add<RequireTwoFactorEnrolmentFilter>();
                mvc.Filters.Add<PageOutcomeFilter>();
            })
            .AddJsonOptions(json => json.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    /// <summary>Page controllers validate antiforgery on every unsafe method; the API and the token endpoint use OAuth instead.</summary>
    private sealed class FormsNeedAntiforgeryConvention : IControllerModelConvention
    {
        public void Apply(ControllerModel controller)
        {
            var usesTokens = controller.Attributes.Any(a => a is ApiControllerAttribute or IgnoreAntiforgeryTokenAttribute);
            if (!usesTokens)
            {
                controller.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            }
        }
    }
}
