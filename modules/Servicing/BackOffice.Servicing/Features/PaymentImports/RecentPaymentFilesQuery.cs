using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>The files uploaded lately, newest first.</summary>
internal sealed record RecentPaymentFilesQuery : IQuery<IReadOnlyList<RecentPaymentFile>>;

internal sealed class RecentPaymentFilesHandler(ServicingDbContext db, IStaffDirectory staff)
    : IQueryHandler<RecentPaymentFilesQuery, IReadOnlyList<RecentPaymentFile>>
{
    public async ValueTask<IReadOnlyList<RecentPaymentFile>> Handle(RecentPaymentFilesQuery query, CancellationToken cancellationToken)
    {
        var files = await db.PaymentImports.AsNoTracking().OrderByDescending(i => i.UploadedAt).Take(20)
            .Select(i => new RecentPaymentFile(i.Id, i.FileName, i.UploadedAt, i.UploadedBy, i.PostedAt, i.Posted, i.Skipped))
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, files.Select(f => f.UploadedBy), cancellationToken);
        return [.. files.Select(f => f with { UploadedBy = names.Of(f.UploadedBy) })];
    }
}
