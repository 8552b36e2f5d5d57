using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Servicing.Features.Shared;

/// <summary>
/// The domain refuses with a rule code; a feature whose form has a field for the value refused shows the message
/// beside that field, as a validation error naming it (a page puts it beside the field, the API answers 400 naming it).
/// </summary>
internal static class FieldRefusal
{
    public static T Beside<T>(Func<T> rule, params (string Code, string Field)[] fields)
    {
        try
        {
            return rule();
        }
        catch (BusinessRuleException refused) when (fields.Any(f => f.Code == refused.Code))
        {
            throw RequestValidationException.For(fields.First(f => f.Code == refused.Code).Field, refused.Message);
        }
    }

    public static void Beside(Action rule, params (string Code, string Field)[] fields) =>
        Beside(() => { rule(); return true; }, fields);
}
