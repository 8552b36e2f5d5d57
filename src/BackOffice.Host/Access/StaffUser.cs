using Microsoft.AspNetCore.Identity;

namespace BackOffice.Host.Access;

/// <summary>A member of staff who signs in to the pages. Never deleted: disabled, so the audit trail keeps its actor.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public bool IsDisabled { get; set; }
}
