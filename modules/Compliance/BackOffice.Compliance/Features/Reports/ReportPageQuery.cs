using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>
/// The report page: the archive, and — when a period is asked for — its report. A period the report refuses is
/// shown on the page with the reason, not sent back as an error; without one the page offers this quarter.
/// </summary>
internal sealed record ReportPageQuery(DateOnly? From, DateOnly? To) : IQuery<ReportPage>;

internal sealed class ReportPageHandler(
    ComplianceDbContext db, ISender sender, IValidator<BuildReportQuery> period, IStaffDirectory staff, TimeProvider clock)
    : IQueryHandler<ReportPageQuery, ReportPage>
{
    private const int ArchiveSize = 50;

    public async ValueTask<ReportPage> Handle(ReportPageQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var build = new BuildReportQuery(query.From ?? quarterStart, query.To ?? quarterStart.AddMonths(3));
        var archive = await ArchiveAsync(cancellationToken);
        if (query.From is null || query.To is null)
        {
            return new ReportPage(build.From, build.To, null, null, archive);
        }

        var check = await period.ValidateAsync(build, cancellationToken);
        return check.IsValid
            ? new ReportPage(build.From, build.To, await sender.Send(build, cancellationToken), null, archive)
            : new ReportPage(build.From, build.To, null, check.Errors[0].ErrorMessage, archive);
    }

    private async Task<IReadOnlyList<FrozenReportRow>> ArchiveAsync(CancellationToken cancellationToken)
    {
        var frozen = await db.FrozenReports.AsNoTracking()
            .OrderByDescending(r => r.To).ThenByDescending(r => r.FrozenAt).Take(ArchiveSize)
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, frozen.Select(r => r.FrozenBy), cancellationToken);
        return [.. frozen.Select(r => new FrozenReportRow(
            r.Pack, r.From, r.To, r.Sha256, r.FrozenAt, names.Of(r.FrozenBy), r.ChainSequence, r.ChainHash))];
    }
}
