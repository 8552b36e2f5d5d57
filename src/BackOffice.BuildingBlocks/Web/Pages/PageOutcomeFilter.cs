using BackOffice.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;

namespace BackOffice.BuildingBlocks.Web.Pages;

/// <summary>
/// The one place staff pages turn what a request refused into what the person sees, so controllers only send
/// and render: a record that is missing (or not theirs to see) is a 404; a request that failed validation, broke
/// a business rule or lost a race goes back to its page (<see cref="RefusedShowsAttribute"/>) with the field
/// messages beside the fields and the first reason as the page's refusal message. API controllers are left to
/// the problem-details handler.
/// </summary>
public sealed class PageOutcomeFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.Controller is not Controller controller || IsApi(context))
        {
            await next();
            return;
        }

        if (HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            RefusedForm.Restore(controller.TempData, context.ModelState);
        }

        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        var outcome = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            RequestValidationException invalid => Refused(context, controller, invalid.Errors),
            BusinessRuleException refused => Refused(context, controller, ReasonOnly(refused.Message)),
            ConflictException conflict => Refused(context, controller, ReasonOnly(conflict.Message)),
            _ => null,
        };
        if (outcome is not null)
        {
            executed.Result = outcome;
            executed.ExceptionHandled = true;
        }
    }

    private static IActionResult Refused(ActionExecutingContext context, Controller controller, IReadOnlyDictionary<string, string[]> reasons)
    {
        foreach (var (field, messages) in reasons)
        {
            foreach (var message in messages)
            {
                context.ModelState.AddModelError(field, message);
            }
        }

        var target = Target(context);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && target is null)
        {
            // A page asked with values it cannot show: say so rather than send the browser round in a loop.
            return new BadRequestResult();
        }

        controller.TempData.SetRefusal(reasons.SelectMany(r => r.Value).FirstOrDefault() ?? NotDone);
        RefusedForm.Keep(controller.TempData, context.ModelState);
        var action = (ControllerActionDescriptor)context.ActionDescriptor;
        return new RedirectToActionResult(
            target?.Action ?? action.ActionName, target?.Controller ?? action.ControllerName, RouteValues(context, target));
    }

    private const string NotDone = "The request was refused; nothing was saved.";

    private static RouteValueDictionary RouteValues(ActionExecutingContext context, RefusedShowsAttribute? target)
    {
        var values = new RouteValueDictionary();
        if (context.RouteData.Values.TryGetValue("area", out var area))
        {
            values["area"] = area;
        }

        foreach (var name in (target?.Keep ?? []).Prepend("id"))
        {
            if (context.ActionArguments.TryGetValue(name, out var value) && value is not null)
            {
                values[name] = value;
            }
        }

        return values;
    }

    private static RefusedShowsAttribute? Target(ActionExecutingContext context) =>
        context.ActionDescriptor.EndpointMetadata.OfType<RefusedShowsAttribute>().FirstOrDefault();

    private static Dictionary<string, string[]> ReasonOnly(string message) => new() { [""] = [message] };

    private static bool IsApi(ActionExecutingContext context) =>
        context.ActionDescriptor.EndpointMetadata.OfType<ApiControllerAttribute>().Any();
}
