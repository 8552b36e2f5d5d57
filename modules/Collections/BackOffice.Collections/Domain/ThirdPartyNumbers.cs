using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// The third parties' numbers on an account, in E.164: an agency's log names only the number it rang, and a number the
/// account holds for a relative or employer makes the contact one with that person, so the third-party limits count it.
/// </summary>
internal sealed class ThirdPartyNumbers
{
    private readonly Dictionary<string, Guid> byNumber;

    private ThirdPartyNumbers(Dictionary<string, Guid> byNumber) => this.byNumber = byNumber;

    public static ThirdPartyNumbers Of(IEnumerable<ContactPoint> contacts) => new(contacts
        .Where(c => c.Party == Party.ThirdParty && c.Kind == ContactPointKind.Phone)
        .GroupBy(c => Normal(c.Value))
        .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Id).First().Id));

    /// <summary>The third party whose number this is, or null (then it is the debtor's, or unknown and counted as the debtor's).</summary>
    public Guid? Find(string number) => byNumber.TryGetValue(Normal(number), out var id) ? id : null;

    private static string Normal(string number) => ThirdPartyPhones.ToE164(number) ?? number;
}
