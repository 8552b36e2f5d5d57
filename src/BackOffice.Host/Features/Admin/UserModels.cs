using System.ComponentModel.DataAnnotations;
using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Host.Features.Admin;

public sealed record StaffUserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsDisabled, bool TwoFactorEnabled);

public sealed record UsersViewModel(PagedResult<StaffUserRow> Users, string? Search);

public sealed class CreateUserModel
{
    [Required(ErrorMessage = "Enter the email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name.")]
    [StringLength(200)]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter an initial password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}

public sealed class EditRolesModel
{
    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public bool IsDisabled { get; set; }

    public List<string> Roles { get; set; } = [];
}
