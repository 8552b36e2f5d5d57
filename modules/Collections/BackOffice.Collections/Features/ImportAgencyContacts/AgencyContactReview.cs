using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.ImportAgencyContacts;

/// <summary>
/// Weighs imported agency contacts with the same guard our collectors ask, as at the moment each was made: what
/// the borrower had chosen, and every contact before it (ours and the agencies'). A refusal is a breach the
/// agency committed, for Compliance to review.
/// </summary>
internal sealed class AgencyContactReview(CollectionsDbContext db, IOptions<ConductPolicy> policy)
{
    /// <summary>The longest window a rule looks back over (7 days) and a day's margin.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public async Task<IReadOnlyList<(AgencyContact Contact, Refusal Refusal)>> BreachesAsync(
        IReadOnlyList<AgencyContact> imported, CancellationToken cancellationToken)
    {
        var breaches = new List<(AgencyContact, Refusal)>();
        foreach (var loan in imported.GroupBy(c => c.LoanId))
        {
            var debtor = await db.Debtors.AsNoTracking().FirstAsync(d => d.LoanId == loan.Key, cancellationToken);
            var (from, to) = (loan.Min(c => c.At) - LookBack, loan.Max(c => c.At));
            var ours = await db.Attempts.AsNoTracking().Where(a => a.LoanId == loan.Key && a.At > from && a.At <= to).ToListAsync(cancellationToken);
            var earlier = await db.AgencyContacts.AsNoTracking().Where(a => a.LoanId == loan.Key && a.At > from && a.At <= to)
                .ToListAsync(cancellationToken);
            var thirdParties = ThirdPartyNumbers.Of(debtor.Contacts);
            List<PastContact> history =
                [.. ours.Select(a => a.ToPast()), .. earlier.Select(a => a.ToPast(thirdParties)), .. loan.Select(c => c.ToPast(thirdParties))];
            foreach (var contact in loan)
            {
                var before = history.Where(h => h.At < contact.At && h.At > contact.At - LookBack).ToList();
                var asPast = contact.ToPast(thirdParties);
                var request = new ContactRequest(
                    $"agency:{contact.Agency}", asPast.Party, asPast.ThirdPartyId, contact.Method, contact.Destination, contact.At);
                var facts = new GuardFacts(
                    debtor.TimeZone, debtor.Choices.ToGuard(), PlanInForce: false, CollectorCertified: true, SecondCollectorCertified: true,
                    debtor.AllDebtorNumbersInvalid, before, null, debtor.FirstCommunicationAt, debtor.ValidationNoticeSentAt, debtor.Region);
                breaches.AddRange(ConductGuard.Check(request, facts, policy.Value).Where(SaysSomethingOfTheAgency)
                    .Select(refusal => (contact, refusal)));
            }
        }

        return breaches;
    }

    /// <summary>
    /// Rules about our own staff and approvals (certification, visit approval and notice, two collectors) do not judge
    /// an agency's contact.
    /// </summary>
    private static bool SaysSomethingOfTheAgency(Refusal refusal) =>
        refusal.Rule != "certification" && !refusal.Rule.StartsWith("visit-", StringComparison.Ordinal);
}
