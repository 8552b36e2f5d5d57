using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Violations;

public sealed record ViolationsQuery(ViolationStatus? Status, ViolationSource? Source, int Page) : IQuery<ViolationsView>;

public sealed record Trend(string Key, int Open, int Confirmed, int Dismissed);

public sealed record ViolationsView(PagedResult<Violation> Rows, IReadOnlyList<Trend> ByCollector, IReadOnlyList<Trend> ByRule, ViolationStatus? Status, ViolationSource? Source);

public sealed record ReviewViolationCommand(Guid ViolationId, bool Confirm, string? Reason, string By) : ICommand;

public sealed class ViolationHandlers(ComplianceDbContext db, IAuditTrail audit)
    : IQueryHandler<ViolationsQuery, ViolationsView>, ICommandHandler<ReviewViolationCommand>
{
    public async ValueTask<ViolationsView> Handle(ViolationsQuery query, CancellationToken cancellationToken)
    {
        var violations = db.Violations.AsNoTracking();
        if (query.Status is { } status)
        {
            violations = violations.Where(v => v.Status == status);
        }

        if (query.Source is { } source)
        {
            violations = violations.Where(v => v.Source == source);
        }

        var rows = await violations.OrderByDescending(v => v.OccurredAt).ToPageAsync(query.Page, cancellationToken);
        var all = await db.Violations.AsNoTracking().Select(v => new { v.CollectorId, v.Rule, v.Status }).ToListAsync(cancellationToken);
        static List<Trend> TrendBy<T>(IEnumerable<T> items, Func<T, string> key, Func<T, ViolationStatus> state) =>
            [.. items.GroupBy(key).Select(g => new Trend(g.Key, g.Count(x => state(x) == ViolationStatus.Open), g.Count(x => state(x) == ViolationStatus.Confirmed), g.Count(x => state(x) == ViolationStatus.Dismissed)))
                .OrderByDescending(t => t.Confirmed + t.Open)];
        return new ViolationsView(rows, TrendBy(all, v => v.CollectorId, v => v.Status), TrendBy(all, v => v.Rule, v => v.Status), query.Status, query.Source);
    }

    public async ValueTask<Unit> Handle(ReviewViolationCommand command, CancellationToken cancellationToken)
    {
        var violation = await db.Violations.FirstOrDefaultAsync(v => v.Id == command.ViolationId, cancellationToken) ?? throw new NotFoundException("Violation");
        violation.Review(command.Confirm, command.Reason, command.By);
        await audit.RecordAsync(new AuditRecord(command.Confirm ? "violation.confirmed" : "violation.dismissed", command.By, $"violation:{violation.Id}",
            $"{violation.Source} {violation.Rule} {violation.CollectorId}: {command.Reason}"), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The violations register: every source in one list, reviewed one by one, with trends per collector and rule.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class ViolationsController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(ViolationStatus? status, ViolationSource? source, int page = 1, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new ViolationsQuery(status, source, page), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Review(Guid id, bool confirm, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ReviewViolationCommand(id, confirm, reason, User.Identity!.Name!), cancellationToken);
        }
        catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException)
        {
            TempData["Status"] = refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Index));
    }
}
