using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

public static class DealerApplications
{
    /// <summary>The dealer's own application, tracked for change; another dealer's is "not found", never "forbidden".</summary>
    public static async Task<LoanApplication> FindForDealerAsync(this OriginationDbContext db, Guid dealerId, Guid applicationId, CancellationToken cancellationToken) =>
        await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.DealerId == dealerId, cancellationToken)
            ?? throw new NotFoundException("Application");
}
