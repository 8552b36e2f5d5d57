using System.Globalization;
using System.Text;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Features.Manage;

/// <summary>A member of staff's own security: password, authenticator (TOTP) enrolment and recovery codes.</summary>
[Authorize]
public sealed class ManageController(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    IAuditTrail audit,
    IOptions<StaffSecurityOptions> security,
    IStringLocalizer<SharedResource> text) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        var recoveryCodes = await users.CountRecoveryCodesAsync(user);
        return View(new SecurityViewModel(user.Email ?? "", user.TwoFactorEnabled, recoveryCodes, security.Value.RequireTwoFactor));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordModel());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await CurrentUserAsync();
        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return View(model);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.PasswordChanged, user.Id, StaffAuditActions.UserSubject(user.Email)),
            cancellationToken);
        TempData.SetStatus(text["Your password was changed."].Value);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> EnableAuthenticator() =>
        View(await AuthenticatorModelAsync(await CurrentUserAsync(), new EnableAuthenticatorModel()));

    [HttpPost]
    public async Task<IActionResult> EnableAuthenticator(EnableAuthenticatorModel model, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(await AuthenticatorModelAsync(user, model));
        }

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(model.Code), text["The code is not valid."]);
            return View(await AuthenticatorModelAsync(user, model));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.TwoFactorEnabled, user.Id, StaffAuditActions.UserSubject(user.Email)),
            cancellationToken);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.RecoveryCodesGenerated, user.Id, StaffAuditActions.UserSubject(user.Email)),
            cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes ?? []]));
    }

    [HttpPost]
    public async Task<IActionResult> GenerateRecoveryCodes(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(EnableAuthenticator));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.RecoveryCodesGenerated, user.Id, StaffAuditActions.UserSubject(user.Email)),
            cancellationToken);
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes ?? []]));
    }

    [HttpPost]
    public async Task<IActionResult> ResetAuthenticator(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.TwoFactorDisabled, user.Id, StaffAuditActions.UserSubject(user.Email), Details: "authenticator reset"),
            cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return RedirectToAction(nameof(EnableAuthenticator));
    }

    private async Task<StaffUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task<EnableAuthenticatorModel> AuthenticatorModelAsync(StaffUser user, EnableAuthenticatorModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; keep this session valid.
            await signIn.RefreshSignInAsync(user);
        }

        model.SharedKey = FormatKey(key!);
        model.AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("BackOffice")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=BackOffice&digits=6");
        return model;
    }

    // Groups of four are easier to type into a phone.
    private static string FormatKey(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Description);
        }
    }
}
