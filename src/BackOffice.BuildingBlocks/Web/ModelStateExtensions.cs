using BackOffice.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BackOffice.BuildingBlocks.Web;

public static class ModelStateExtensions
{
    /// <summary>Shows a validator's failures beside the form fields they concern.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, RequestValidationException invalid)
    {
        foreach (var (field, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }
}
