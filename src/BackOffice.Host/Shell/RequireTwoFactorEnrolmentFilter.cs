using BackOffice.Host.Access;
using BackOffice.Host.Features.Account;
using BackOffice.Host.Features.Manage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Shell;

/// <summary>
/// Staff sign in with a password and a second factor: a signed-in user who has not enrolled an authenticator
/// reaches only the enrolment and account pages until they do.
/// </summary>
public sealed class RequireTwoFactorEnrolmentFilter(IOptions<StaffSecurityOptions> options, UserManager<StaffUser> users) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var controller = (context.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo;
        var exempt = controller == typeof(AccountController) || controller == typeof(ManageController)
            || context.Controller is not Controller;
        if (options.Value.RequireTwoFactor && !exempt && user.Identity?.IsAuthenticated == true
            && await users.GetUserAsync(user) is { TwoFactorEnabled: false })
        {
            context.Result = new RedirectToActionResult(nameof(ManageController.EnableAuthenticator), "Manage", new { area = "" });
            return;
        }

        await next();
    }
}
