using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// A contact an outside collection agency made, imported from its log. It is not logged through a clearance —
/// the agency's own system made it — but the guard counts it: the CN limits are "all collectors and agencies
/// together". An agency's reference is imported once.
/// </summary>
internal sealed class AgencyContact
{
    private AgencyContact()
    {
    }

    public AgencyContact(
        Guid loanId, string agency, string reference, DateTimeOffset at, ContactMethod method, string destination, ContactOutcome outcome,
        TimeZoneInfo borrowerZone, string importedBy, DateTimeOffset importedAt)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Agency = agency;
        Reference = reference;
        At = at;
        Method = method;
        Destination = destination;
        Outcome = outcome;
        BorrowerHour = TimeZoneInfo.ConvertTime(at, borrowerZone).Hour;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public string Agency { get; private set; } = "";

    public string Reference { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public ContactMethod Method { get; private set; }

    public string Destination { get; private set; } = "";

    public ContactOutcome Outcome { get; private set; }

    /// <summary>The hour it was on the borrower's clock, for the regulator report's contacts by hour.</summary>
    public int BorrowerHour { get; private set; }

    /// <summary>The conduct rules the contact broke when it was made, space-separated ("CN.quiet-hours"); empty when none.</summary>
    public string BreachedRules { get; private set; } = "";

    public string ImportedBy { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    public void Breached(IEnumerable<string> rules) => BreachedRules = string.Join(' ', rules.Distinct().Order(StringComparer.Ordinal));

    /// <summary>
    /// The guard counts it as any other contact: with the third party whose number the agency rang, else with the debtor.
    /// </summary>
    public PastContact ToPast(ThirdPartyNumbers thirdParties) => thirdParties.Find(Destination) is { } thirdParty
        ? new(At, Method, Party.ThirdParty, thirdParty, Destination, Outcome)
        : new(At, Method, Party.Debtor, null, Destination, Outcome);
}
