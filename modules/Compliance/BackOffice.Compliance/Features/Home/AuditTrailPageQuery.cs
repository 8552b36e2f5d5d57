using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Contracts;
using Mediator;

namespace BackOffice.Compliance.Features.Home;

/// <summary>A page of the audit trail, newest first, filtered; and — when asked — whether its chain is intact.</summary>
internal sealed record AuditTrailPageQuery(AuditFilter Filter, int Page, bool Verify) : IQuery<AuditTrailViewModel>;

internal sealed class AuditTrailPageHandler(ISender sender, IStaffDirectory staff) : IQueryHandler<AuditTrailPageQuery, AuditTrailViewModel>
{
    public async ValueTask<AuditTrailViewModel> Handle(AuditTrailPageQuery query, CancellationToken cancellationToken)
    {
        var entries = await sender.Send(query.Filter.ToQuery(query.Page), cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, entries.Items.Select(e => e.Actor), cancellationToken);

        var rows = new PagedResult<AuditTrailRow>(
            [.. entries.Items.Select(e => new AuditTrailRow(e.Sequence, e.OccurredAt, e.Action, e.Actor, names.Of(e.Actor), e.Subject, e.Details))],
            entries.Page, entries.PageSize, entries.TotalCount);
        var verification = query.Verify ? await sender.Send(new VerifyAuditTrailQuery(), cancellationToken) : null;
        return new AuditTrailViewModel(rows, query.Filter, verification);
    }
}
