using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Shared;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>
/// Freezes the report of a period that has ended: stored with its hash and the audit chain's last sequence and hash
/// at that moment (sealed with the audit key), once per period and pack.
/// </summary>
internal sealed record FreezeReportCommand(DateOnly From, DateOnly To, string By) : ICommand;

internal sealed class FreezeReportHandler(
    ComplianceDbContext db, ISender sender, AuditKeyRing keys, IOptions<PolicyPackOptions> pack, TimeProvider clock)
    : ICommandHandler<FreezeReportCommand>
{
    public async ValueTask<Unit> Handle(FreezeReportCommand command, CancellationToken cancellationToken)
    {
        if (command.To > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            throw new BusinessRuleException("period-open", "Only a period that has ended can be frozen.");
        }

        // Frozen once: a second request keeps the stored report and builds nothing.
        if (await db.FrozenReports.AnyAsync(r => r.From == command.From && r.To == command.To && r.Pack == pack.Value.PolicyPack, cancellationToken))
        {
            return Unit.Value;
        }

        var report = await sender.Send(new BuildReportQuery(command.From, command.To), cancellationToken);

        var chain = await ChainTail.ReadAsync(db, cancellationToken);
        var stored = new FrozenReport(report, command.By, clock.GetUtcNow(), chain, keys.Current);
        db.FrozenReports.Add(stored);
        db.Audit(new AuditRecord(ComplianceAuditActions.ReportFrozen, command.By,
            $"report:{report.Pack}:{command.From:yyyy-MM-dd}..{command.To:yyyy-MM-dd}", $"sha256 {stored.Sha256}; audit chain at {chain}"), clock.GetUtcNow());
        return Unit.Value;
    }
}
