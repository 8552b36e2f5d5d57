using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BackOffice.Host.Features.Admin;

/// <summary>Staff accounts: create, assign roles, disable. A disabled user's open session stops on its next request.</summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class UsersController(
    UserManager<StaffUser> users,
    AccessDbContext db,
    IAuditTrail audit,
    IActingStaff acting,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var rows = await query.OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsDisabled, u.TwoFactorEnabled })
            .ToPageAsync(page, cancellationToken);
        var ids = rows.Items.Select(r => r.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var items = rows.Items
            .Select(r => new StaffUserRow(r.Id, r.Email ?? "", r.DisplayName,
                [.. roles.Where(x => x.UserId == r.Id).Select(x => x.Name!).Order()], r.IsDisabled, r.TwoFactorEnabled))
            .ToList();
        return View(new UsersViewModel(new PagedResult<StaffUserRow>(items, rows.Page, rows.PageSize, rows.TotalCount), search));
    }

    [HttpGet]
    public IActionResult Create() => View(new CreateUserModel());

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserModel model, CancellationToken cancellationToken)
    {
        model.Roles = [.. model.Roles.Where(StaffRoles.All.Contains)];
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = new StaffUser { UserName = model.Email, Email = model.Email, DisplayName = model.DisplayName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, model.Password);
        if (created.Succeeded && model.Roles.Count > 0)
        {
            created = await users.AddToRolesAsync(user, model.Roles);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            if (user.Id is not null && await users.FindByIdAsync(user.Id) is { } halfMade)
            {
                // Never leave a user without the roles that were asked for.
                await users.DeleteAsync(halfMade);
            }

            return View(model);
        }

        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.StaffUserCreated, acting.Id, $"user:{user.Email}", string.Join(",", model.Roles)),
            cancellationToken);
        TempData.SetStatus(text["The user {0} was created.", user.Email!].Value);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        return View(new EditRolesModel
        {
            Id = user.Id, Email = user.Email ?? "", IsDisabled = user.IsDisabled, Roles = [.. await users.GetRolesAsync(user)],
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(EditRolesModel model, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(model.Id);
        if (user is null)
        {
            return NotFound();
        }

        var wanted = model.Roles.Where(StaffRoles.All.Contains).ToHashSet();
        var current = (await users.GetRolesAsync(user)).ToHashSet();
        if (user.Id == users.GetUserId(User) && current.Contains(StaffRoles.Admin) && !wanted.Contains(StaffRoles.Admin))
        {
            ModelState.AddModelError("", text["You cannot remove your own administrator role."]);
            model.Email = user.Email ?? "";
            return View(model);
        }

        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(new AuditRecord(StaffAuditActions.StaffRolesChanged, acting.Id, $"user:{user.Email}",
            $"{string.Join(",", current.Order())} -> {string.Join(",", wanted.Order())}"), cancellationToken);
        TempData.SetStatus(text["The roles of {0} were saved.", user.Email!].Value);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == acting.Id)
        {
            TempData.SetRefusal(text["You cannot disable your own account."].Value);
            return RedirectToAction(nameof(Index));
        }

        user.IsDisabled = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // A new stamp invalidates the cookie the user holds now.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(new AuditRecord(StaffAuditActions.StaffUserDisabled, acting.Id, $"user:{user.Email}"), cancellationToken);
        TempData.SetStatus(text["{0} was disabled.", user.Email!].Value);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Enable(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.IsDisabled = false;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(new AuditRecord(StaffAuditActions.StaffUserEnabled, acting.Id, $"user:{user.Email}"), cancellationToken);
        TempData.SetStatus(text["{0} was enabled.", user.Email!].Value);
        return RedirectToAction(nameof(Index));
    }
}
