using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>A contact made under a clearance, and what came of it.</summary>
internal sealed class ContactAttempt
{
    private ContactAttempt()
    {
    }

    public ContactAttempt(
        Clearance clearance, DateTimeOffset at, ContactOutcome outcome, string? note, bool consented, TimeZoneInfo borrowerZone,
        bool identifiedCompanyAndSelf = false)
    {
        BorrowerHour = TimeZoneInfo.ConvertTime(at, borrowerZone).Hour;
        Id = Guid.CreateVersion7();
        LoanId = clearance.LoanId;
        ClearanceId = clearance.Id;
        CollectorId = clearance.CollectorId;
        Party = clearance.Party;
        ThirdPartyId = clearance.ThirdPartyId;
        Method = clearance.Method;
        Destination = clearance.Destination;
        At = at;
        Outcome = outcome;
        Note = note?.Trim() ?? "";
        Consented = consented;
        IdentifiedCompanyAndSelf = identifiedCompanyAndSelf;
    }

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public Guid ClearanceId { get; private set; }

    public string CollectorId { get; private set; } = "";

    public Party Party { get; private set; }

    public Guid? ThirdPartyId { get; private set; }

    public ContactMethod Method { get; private set; }

    public string Destination { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public ContactOutcome Outcome { get; private set; }

    public string Note { get; private set; } = "";

    public bool Consented { get; private set; }

    /// <summary>The collector confirmed they told the borrower the company's name and their own (CN pack: the first conversation).</summary>
    public bool IdentifiedCompanyAndSelf { get; private set; }

    /// <summary>The hour on the borrower's clock when the contact was made, for the regulator's "contacts by hour".</summary>
    public int BorrowerHour { get; private set; }

    public PastContact ToPast() => new(At, Method, Party, ThirdPartyId, Destination, Outcome, Consented);
}
