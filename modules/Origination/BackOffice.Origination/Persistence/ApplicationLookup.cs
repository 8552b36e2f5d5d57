using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

/// <summary>An application to change, tracked, or "not found".</summary>
internal static class ApplicationLookup
{
    public static async Task<LoanApplication> FindApplicationAsync(
        this OriginationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new NotFoundException("Application");

    /// <summary>The dealer's own application; another dealer's is "not found", never "forbidden".</summary>
    public static async Task<LoanApplication> FindForDealerAsync(
        this OriginationDbContext db, Guid dealerId, Guid applicationId, CancellationToken cancellationToken) =>
        await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.DealerId == dealerId, cancellationToken)
            ?? throw new NotFoundException("Application");
}
