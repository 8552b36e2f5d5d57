using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace BackOffice.BuildingBlocks.Web.Pages;

/// <summary>
/// The one message a page shows after a form: what was done, or why it was refused. The staff layout renders
/// both (<c>#status-message</c> and <c>#error-message</c>); controllers set the first, <see cref="PageOutcomeFilter"/>
/// the second.
/// </summary>
public static class PageStatus
{
    public const string DoneKey = "Status";
    public const string RefusedKey = "Refused";

    public static void SetStatus(this ITempDataDictionary tempData, string message) => tempData[DoneKey] = message;

    public static void SetRefusal(this ITempDataDictionary tempData, string message) => tempData[RefusedKey] = message;
}
