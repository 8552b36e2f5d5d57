using BackOffice.Origination.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

internal static class OpenApplications
{
    /// <summary>
    /// How many other open (referred or approved) applications name the same person and the same car — the
    /// duplicate rules' facts. Two indexed lookups: one query with OR across both columns would scan the table.
    /// </summary>
    public static async Task<(int SameApplicant, int SameVehicle)> CountConflictsAsync(
        this OriginationDbContext db, string idNumber, string vin, Guid? excluding, CancellationToken cancellationToken)
    {
        var open = db.Applications.Where(
            a => a.Id != excluding && (a.Status == ApplicationStatus.Referred || a.Status == ApplicationStatus.Approved));
        return (await open.CountAsync(a => a.Applicant.IdNumber == idNumber, cancellationToken),
            await open.CountAsync(a => a.Vehicle.Vin == vin, cancellationToken));
    }
}
