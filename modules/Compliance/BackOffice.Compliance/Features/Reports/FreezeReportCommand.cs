using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>Freezes the report of a period that has ended: stored with its hash, once per period and pack.</summary>
internal sealed record FreezeReportCommand(DateOnly From, DateOnly To, string By) : ICommand<FrozenReport>;

internal sealed class FreezeReportHandler(ComplianceDbContext db, ISender sender, IAuditTrail audit, IOptions<PolicyPackOptions> pack, TimeProvider clock)
    : ICommandHandler<FreezeReportCommand, FrozenReport>
{
    public async ValueTask<FrozenReport> Handle(FreezeReportCommand command, CancellationToken cancellationToken)
    {
        if (command.To > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            throw new BusinessRuleException("period-open", "Only a period that has ended can be frozen.");
        }

        // Frozen once: a second request answers with the stored report and builds nothing.
        var existing = await db.FrozenReports
            .FirstOrDefaultAsync(r => r.From == command.From && r.To == command.To && r.Pack == pack.Value.PolicyPack, cancellationToken);
        if (existing is { } frozen)
        {
            return frozen;
        }

        var report = await sender.Send(new BuildReportQuery(command.From, command.To), cancellationToken);

        var stored = new FrozenReport(report, command.By, clock.GetUtcNow());
        db.FrozenReports.Add(stored);
        await audit.RecordAsync(new AuditRecord(AuditActions.ReportFrozen, command.By,
            $"report:{report.Pack}:{command.From:yyyy-MM-dd}..{command.To:yyyy-MM-dd}", $"sha256 {stored.Sha256}"), cancellationToken);
        return stored;
    }
}
