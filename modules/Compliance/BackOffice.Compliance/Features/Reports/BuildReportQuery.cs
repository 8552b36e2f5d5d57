using BackOffice.BuildingBlocks;
using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;
using BackOffice.Training.Contracts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>Builds the regulator report for a period [From, To): each module answers for its own figures.</summary>
internal sealed record BuildReportQuery(DateOnly From, DateOnly To) : IQuery<RegulatorReport>;

internal sealed class BuildReportValidator : AbstractValidator<BuildReportQuery>
{
    public BuildReportValidator() =>
        RuleFor(q => q.To).Must((query, to) => to > query.From && to.DayNumber - query.From.DayNumber <= 366)
            .WithMessage("A period ends after it starts and lasts at most a year.");
}

internal sealed class BuildReportHandler(ComplianceDbContext db, ISender sender, IOptions<PolicyPackOptions> pack, TimeProvider clock)
    : IQueryHandler<BuildReportQuery, RegulatorReport>
{
    public async ValueTask<RegulatorReport> Handle(BuildReportQuery query, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(query.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var portfolio = await sender.Send(new PortfolioFiguresQuery(query.From, query.To), cancellationToken);
        var conduct = await sender.Send(new ConductFiguresQuery(from, to), cancellationToken);
        var training = await sender.Send(new CoverageFiguresQuery(from, to), cancellationToken);
        var complaints = await ComplaintsAsync(from, to, portfolio.OpenAccounts, cancellationToken);
        return new RegulatorReport(pack.Value.PolicyPack, query.From, query.To, complaints, conduct, training, portfolio);
    }

    private async Task<ComplaintFigures> ComplaintsAsync(DateTimeOffset from, DateTimeOffset to, int accounts, CancellationToken cancellationToken)
    {
        var received = db.Complaints.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to);
        var byCategory = await received.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var closed = await db.Complaints.Where(c => c.ClosedAt >= from && c.ClosedAt < to)
            .Select(c => new { c.ClosedAt, c.Deadline, c.Outcome }).ToListAsync(cancellationToken);
        var receivedCount = byCategory.Sum(c => c.Count);
        var now = clock.GetUtcNow();
        return new ComplaintFigures(
            receivedCount,
            closed.Count,
            Percent(closed.Count(c => c.ClosedAt <= c.Deadline), closed.Count),
            byCategory.ToDictionary(c => c.Key.ToString(), c => c.Count),
            Percent(closed.Count(c => c.Outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartlyUpheld), closed.Count),
            accounts == 0 ? 0m : Math.Round(receivedCount * 10_000m / accounts, 2),
            await received.CountAsync(c => c.Source == ComplaintSource.Regulator, cancellationToken),
            await db.Complaints.CountAsync(c => c.Status == ComplaintStatus.Open && c.Deadline < now, cancellationToken));
    }

    private static decimal Percent(int part, int whole) => whole == 0 ? 0m : Math.Round(100m * part / whole, 1);
}
