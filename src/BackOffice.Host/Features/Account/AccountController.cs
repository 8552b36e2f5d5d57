using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Host.Features.Account;

/// <summary>Staff sign-in with password, then authenticator code (or a recovery code); every outcome is audited.</summary>
public sealed class AccountController(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    IActingStaff acting,
    IAuditTrail audit,
    IStringLocalizer<SharedResource> text) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(new LoginModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(model.Email, model.Password, isPersistent: false, lockoutOnFailure: true);
        // The actor is the account's id, as everywhere; an e-mail that names no account is kept as the subject only.
        var actor = (await users.FindByNameAsync(model.Email))?.Id ?? StaffAuditActions.Anonymous;
        var subject = StaffAuditActions.UserSubject(model.Email);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignInSucceeded, actor, subject, "password"), cancellationToken);
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginWith2fa), new { model.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignInLockedOut, actor, subject), cancellationToken);
            ModelState.AddModelError("", text["This account is locked. Try again later or ask an administrator."]);
            return View(model);
        }

        await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignInFailed, actor, subject, "password"), cancellationToken);
        ModelState.AddModelError("", text["The email or password is not correct."]);
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl = null) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new LoginWith2faModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public Task<IActionResult> LoginWith2fa(LoginWith2faModel model, CancellationToken cancellationToken) =>
        SecondFactorAsync(model, model.ReturnUrl, "authenticator", () =>
            signIn.TwoFactorAuthenticatorSignInAsync(
                model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal),
                isPersistent: false,
                rememberClient: false),
            cancellationToken);

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl = null) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new LoginWithRecoveryCodeModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public Task<IActionResult> LoginWithRecoveryCode(LoginWithRecoveryCodeModel model, CancellationToken cancellationToken) =>
        SecondFactorAsync(model, model.ReturnUrl, "recovery code", () =>
            signIn.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode.Replace(" ", "", StringComparison.Ordinal)), cancellationToken);

    [HttpPost]
    [Authorize]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        var actor = acting.Id;
        var subject = StaffAuditActions.UserSubject(User.Identity?.Name);
        await signIn.SignOutAsync();
        await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignedOut, actor, subject), cancellationToken);
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied() => View();

    /// <summary>The second step of sign-in, whichever the proof: only a user who passed the password step gets here.</summary>
    private async Task<IActionResult> SecondFactorAsync(
        object model,
        string? returnUrl,
        string method,
        Func<Task<Microsoft.AspNetCore.Identity.SignInResult>> attempt,
        CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await attempt();
        var subject = StaffAuditActions.UserSubject(user.Email);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignInSucceeded, user.Id, subject, $"password + {method}"), cancellationToken);
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignInLockedOut, user.Id, subject, method), cancellationToken);
            ModelState.AddModelError("", text["This account is locked. Try again later or ask an administrator."]);
            return View(model);
        }

        await audit.RecordAsync(new AuditRecord(StaffAuditActions.SignInFailed, user.Id, subject, method), cancellationToken);
        ModelState.AddModelError("", text["The code is not valid."]);
        return View(model);
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
