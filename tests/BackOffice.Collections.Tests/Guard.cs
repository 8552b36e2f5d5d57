using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Tests;

/// <summary>A borrower in Shanghai (CN pack) or New York (US pack) and the requests the tests make.</summary>
internal static class Guard
{
    public const string Shanghai = "Asia/Shanghai";
    public const string NewYork = "America/New_York";
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
        bool noVisitApproved = false) =>
        new(zone, choices ?? BorrowerChoices.None, planInForce, certified, secondCertified, numbersInvalid, history ?? [],
            noVisitApproved ? null : visitFrom ?? new DateOnly(2026, 11, 1));

    public static PastContact Called(DateTimeOffset at, ContactOutcome outcome, string number = Number, bool consented = false) =>
        new(at, ContactMethod.Call, Party.Debtor, null, number, outcome, consented);

    public static IReadOnlyList<string> Rules(ContactRequest request, GuardFacts facts, ConductPolicy policy) =>
        [.. ConductGuard.Check(request, facts, policy).Select(r => r.Rule)];
}
