namespace BackOffice.BuildingBlocks.Web.Pages;

/// <summary>
/// Where a refused form lands: the page (an action of this controller, or of <see cref="Controller"/>) that shows
/// the refusal and the fields as typed. The current route's id goes with it, and so does every action argument
/// named in <see cref="Keep"/>. Without this attribute a refused form goes back to the action of its own name.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefusedShowsAttribute(string action) : Attribute
{
    public string Action { get; } = action;

    public string? Controller { get; init; }

    public string[] Keep { get; init; } = [];
}
