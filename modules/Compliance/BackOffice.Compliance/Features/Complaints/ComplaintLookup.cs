using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Complaints;

/// <summary>The complaint a command acts on, tracked; a missing one is a 404 on the page.</summary>
internal static class ComplaintLookup
{
    public static async Task<Complaint> RequireAsync(this DbSet<Complaint> complaints, Guid id, CancellationToken cancellationToken) =>
        await complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Complaint");
}
