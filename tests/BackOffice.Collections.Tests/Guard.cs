using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Tests;

/// <summary>A borrower in Shanghai (CN pack) or New York (US pack) and the requests the tests make.</summary>
internal static class Guard
{
    public const string Shanghai = "Asia/Shanghai";
    public const string NewYork = "America/New_York";
    public const string LosAngeles = "America/Los_Angeles";
    public const string Number = "+8613800000001";

    public static readonly ConductPolicy Cn = new();
    public static readonly ConductPolicy Us = new() { Pack = "US" };

    /// <summary>The instant it is <paramref name="local"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset At(string local, string zone = Shanghai)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        return new DateTimeOffset(time, tz.GetUtcOffset(time));
    }

    public static ContactRequest Call(DateTimeOffset at, string collector = "c1", string number = Number) =>
        new(collector, Party.Debtor, null, ContactMethod.Call, number, at);

    public static GuardFacts Facts(
        string zone = Shanghai, BorrowerChoices? choices = null, IReadOnlyList<PastContact>? history = null, bool certified = true,
        bool planInForce = false, bool numbersInvalid = false, bool secondCertified = true, DateOnly? visitFrom = null,
        bool noVisitApproved = false, string? region = null) =>
        new(zone, choices ?? BorrowerChoices.None, planInForce, certified, secondCertified, numbersInvalid, history ?? [],
            noVisitApproved ? null : visitFrom ?? new DateOnly(2026, 11, 1), Region: region);

    public static PastContact Called(DateTimeOffset at, ContactOutcome outcome, string number = Number, bool consented = false) =>
        new(at, ContactMethod.Call, Party.Debtor, null, number, outcome, consented);

    public static ContactRequest Sms(DateTimeOffset at, string number = Number) => new("c1", Party.Debtor, null, ContactMethod.Sms, number, at);

    public static ContactRequest ToThirdParty(Guid person, string number, DateTimeOffset at, ContactMethod method = ContactMethod.Call) =>
        new("c1", Party.ThirdParty, person, method, number, at);

    public static PastContact Texted(DateTimeOffset at, string number = Number) =>
        new(at, ContactMethod.Sms, Party.Debtor, null, number, ContactOutcome.MessageSent);

    public static PastContact ThirdPartyCalled(DateTimeOffset at, Guid person, string number, ContactOutcome outcome = ContactOutcome.NoAnswer) =>
        new(at, ContactMethod.Call, Party.ThirdParty, person, number, outcome);

    public static IReadOnlyList<string> Rules(ContactRequest request, GuardFacts facts, ConductPolicy policy) =>
        [.. ConductGuard.Check(request, facts, policy).Select(r => r.Rule)];
}
