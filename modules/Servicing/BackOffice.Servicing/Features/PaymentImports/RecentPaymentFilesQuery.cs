using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>The files uploaded lately, newest first.</summary>
public sealed record RecentPaymentFilesQuery : IQuery<IReadOnlyList<PaymentImport>>;

public sealed class RecentPaymentFilesHandler(ServicingDbContext db) : IQueryHandler<RecentPaymentFilesQuery, IReadOnlyList<PaymentImport>>
{
    public async ValueTask<IReadOnlyList<PaymentImport>> Handle(RecentPaymentFilesQuery query, CancellationToken cancellationToken) =>
        await db.PaymentImports.AsNoTracking().OrderByDescending(i => i.UploadedAt).Take(20).ToListAsync(cancellationToken);
}
