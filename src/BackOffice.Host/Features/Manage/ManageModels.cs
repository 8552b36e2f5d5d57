using System.ComponentModel.DataAnnotations;

namespace BackOffice.Host.Features.Manage;

public sealed record SecurityViewModel(string Email, bool TwoFactorEnabled, int RecoveryCodesLeft, bool TwoFactorRequired);

public sealed class ChangePasswordModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [DataType(DataType.Password)]
    [Display(Name = "Confirm new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class EnableAuthenticatorModel
{
    public string SharedKey { get; set; } = "";

    public string AuthenticatorUri { get; set; } = "";

    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
    [Display(Name = "Verification code")]
    public string Code { get; set; } = "";
}

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
