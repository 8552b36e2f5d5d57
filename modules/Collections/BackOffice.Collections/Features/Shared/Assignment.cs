using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Training.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.Shared;

/// <summary>
/// Who may work an account: only collectors whose certification for the channel is current (Training's
/// answer), and automatically the one with the most room below capacity.
/// </summary>
internal sealed class Assignment(
    CollectionsDbContext db, IStaffDirectory staff, ISender sender, IOptions<CollectionStrategy> strategy, TimeProvider clock)
{
    /// <summary>The certification a method needs; a method it does not know is a defect, not a phone call.</summary>
    public static ContactChannel ChannelFor(ContactMethod method) => method switch
    {
        ContactMethod.Call or ContactMethod.Sms => ContactChannel.PhoneAndSms,
        ContactMethod.Letter => ContactChannel.Letters,
        ContactMethod.Visit => ContactChannel.FieldVisit,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "No certification channel for this contact method."),
    };

    public async Task<bool> IsCertifiedAsync(string collectorId, ContactChannel channel, DateTimeOffset at, CancellationToken cancellationToken) =>
        await sender.Send(new IsCollectorCertifiedQuery(collectorId, channel, at), cancellationToken);

    /// <summary>Gives an open, unassigned account to the certified collector with the fewest accounts, if any has room.</summary>
    public async Task AssignAutomaticallyAsync(CollectionAccount account, CancellationToken cancellationToken)
    {
        if (account.Status != CollectionAccountStatus.Open || account.AssignedTo is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var loads = await db.Accounts.Where(a => a.AssignedTo != null && a.Status != CollectionAccountStatus.Closed)
            .GroupBy(a => a.AssignedTo!).Select(g => new { Collector = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Collector, g => g.Count, cancellationToken);
        var collectors = await staff.InRoleAsync(StaffRoles.Collector, cancellationToken);
        foreach (var collector in collectors.OrderBy(c => loads.GetValueOrDefault(c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (loads.GetValueOrDefault(collector.Id) >= strategy.Value.CollectorCapacity)
            {
                return;
            }

            if (await IsCertifiedAsync(collector.Id, ContactChannel.PhoneAndSms, now, cancellationToken))
            {
                account.AssignTo(collector.Id, now);
                return;
            }
        }
    }
}
