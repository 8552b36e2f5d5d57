using BackOffice.Collections.Persistence;
using BackOffice.Training.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

internal static class Unassigning
{
    public static async Task AllOfAsync(CollectionsDbContext db, string collectorId, ContactChannel channel, CancellationToken cancellationToken)
    {
        if (channel != ContactChannel.PhoneAndSms)
        {
            return;
        }

        foreach (var account in await db.Accounts.Where(a => a.AssignedTo == collectorId).ToListAsync(cancellationToken))
        {
            account.Unassign();
        }
    }
}
