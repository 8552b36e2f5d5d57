namespace BackOffice.BuildingBlocks.Web;

/// <summary>
/// A module's place in the staff menu: shown only to the roles that may open it (the same roles its
/// controllers demand). <paramref name="LabelResource"/> is the module's string resource for the label.
/// </summary>
public sealed record NavigationEntry(string Label, string Path, string Roles, Type LabelResource, int Order)
{
    public bool IsVisibleTo(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.Split(',').Any(user.IsInRole);
}
