using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>
/// Limits on third parties and SMS, both packs, counted on the borrower's calendar days (defaults: a third party or a
/// third party's number once a day and 3 times in 7 days; SMS to the debtor once a day and 3 times in 7 days).
/// </summary>
public sealed class ContactLimitTests
{
    private const string Relative = "+8613900000009";
    private static readonly Guid Mother = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    private static readonly Guid Brother = Guid.Parse("0190a000-0000-7000-8000-000000000002");

    /// <summary>The debtor unreachable, so the CN pack lets third parties be contacted at all.</summary>
    private static GuardFacts Unreachable(params PastContact[] history) => Facts(numbersInvalid: true, history: history);

    [Fact]
    public void Third_party_per_person_per_day_the_first_contact_is_allowed_and_the_second_refused_until_the_next_day()
    {
        Assert.Empty(Rules(ToThirdParty(Mother, Relative, At("2026-12-01 10:00")), Unreachable(), Cn));
        var facts = Unreachable(ThirdPartyCalled(At("2026-12-01 10:00"), Mother, Relative));

        Assert.Contains("CN.third-party-per-person-per-day", Rules(ToThirdParty(Mother, Relative, At("2026-12-01 21:59")), facts, Cn));
        Assert.Contains("CN.third-party-per-person-per-day",
            Rules(ToThirdParty(Mother, Relative, At("2026-12-01 21:00"), ContactMethod.Sms), facts, Cn));
        Assert.Empty(Rules(ToThirdParty(Mother, Relative, At("2026-12-02 08:00")), facts, Cn));
    }

    [Fact]
    public void Third_party_per_person_per_week_the_third_contact_in_7_days_is_allowed_and_the_fourth_refused_until_day_8()
    {
        var facts = Unreachable(
            ThirdPartyCalled(At("2026-11-25 10:00"), Mother, Relative), ThirdPartyCalled(At("2026-11-27 10:00"), Mother, Relative));

        Assert.DoesNotContain("CN.third-party-per-person-per-week", Rules(ToThirdParty(Mother, Relative, At("2026-11-29 10:00")), facts, Cn));
        facts = facts with { History = [.. facts.History, ThirdPartyCalled(At("2026-11-29 10:00"), Mother, Relative)] };
        Assert.Contains("CN.third-party-per-person-per-week", Rules(ToThirdParty(Mother, Relative, At("2026-12-01 21:59")), facts, Cn));
        Assert.Empty(Rules(ToThirdParty(Mother, Relative, At("2026-12-02 08:00")), facts, Cn));
    }

    [Fact]
    public void Third_party_per_number_per_day_counts_every_person_entered_with_that_number()
    {
        var facts = Unreachable(ThirdPartyCalled(At("2026-12-01 10:00"), Mother, Relative));

        var rules = Rules(ToThirdParty(Brother, Relative, At("2026-12-01 11:00")), facts, Cn);

        Assert.Contains("CN.third-party-per-number-per-day", rules);
        Assert.DoesNotContain("CN.third-party-per-person-per-day", rules);
        Assert.Empty(Rules(ToThirdParty(Brother, "+8613900000010", At("2026-12-01 11:00")), facts, Cn));
    }

    [Fact]
    public void Third_party_per_number_per_week_the_fourth_contact_with_a_shared_number_in_7_days_is_refused()
    {
        var facts = Unreachable(
            ThirdPartyCalled(At("2026-11-25 10:00"), Mother, Relative), ThirdPartyCalled(At("2026-11-27 10:00"), Brother, Relative));

        Assert.Empty(Rules(ToThirdParty(Mother, Relative, At("2026-12-01 10:00")), facts, Cn));
        facts = facts with { History = [.. facts.History, ThirdPartyCalled(At("2026-11-29 10:00"), Brother, Relative)] };
        var rules = Rules(ToThirdParty(Mother, Relative, At("2026-12-01 10:00")), facts, Cn);
        Assert.Contains("CN.third-party-per-number-per-week", rules);
        Assert.DoesNotContain("CN.third-party-per-person-per-week", rules);
        Assert.DoesNotContain("CN.third-party-per-number-per-week", Rules(ToThirdParty(Mother, Relative, At("2026-12-02 10:00")), facts, Cn));
    }

    [Fact]
    public void Dials_per_number_cap_of_6_applies_to_a_third_partys_number()
    {
        var loose = new ConductPolicy { CnLimits = new ContactLimits { ThirdPartyContactsPerPersonPerDay = 99, ThirdPartyContactsPerNumberPerDay = 99,
            ThirdPartyContactsPerPersonPerWeek = 99, ThirdPartyContactsPerNumberPerWeek = 99 } };
        var dials = Enumerable.Range(0, 5).Select(m => ThirdPartyCalled(At("2026-12-01 10:00").AddMinutes(m), Mother, Relative)).ToList();

        Assert.Empty(Rules(ToThirdParty(Mother, Relative, At("2026-12-01 11:00")), Unreachable([.. dials]), loose));
        dials.Add(ThirdPartyCalled(At("2026-12-01 11:00"), Mother, Relative));
        Assert.Equal(["CN.dials-per-number"], Rules(ToThirdParty(Mother, Relative, At("2026-12-01 12:00")), Unreachable([.. dials]), loose));
    }

    [Fact]
    public void Third_party_per_person_per_day_binds_unanswered_attempts_in_the_US_pack_too()
    {
        var neighbour = Guid.NewGuid();
        PastContact[] rang = [ThirdPartyCalled(At("2026-12-01 10:00", NewYork), neighbour, "+12125550100")];

        Assert.Empty(Rules(ToThirdParty(neighbour, "+12125550100", At("2026-12-01 10:00", NewYork)), Facts(NewYork), Us));
        Assert.Contains("US.third-party-per-person-per-day",
            Rules(ToThirdParty(neighbour, "+12125550100", At("2026-12-01 15:00", NewYork)), Facts(NewYork, history: rang), Us));
    }

    [Fact]
    public void Agency_contact_with_a_third_partys_number_counts_as_a_contact_with_that_person()
    {
        var debtor = new Debtor(Guid.NewGuid(), "L-2026-0000AAAA", "Li Na", Shanghai);
        var mother = debtor.AddContact(Party.ThirdParty, "Wang Fang", "relative", ContactPointKind.Phone, Relative, ContactOrigin.Application);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Shanghai);
        var agency = new AgencyContact(debtor.LoanId, "Eastern Recoveries", "ER-1", At("2026-12-01 10:00"), ContactMethod.Call,
            "139 0000 0009", ContactOutcome.NoAnswer, zone, "manager", At("2026-12-01 12:00"));

        var past = agency.ToPast(ThirdPartyNumbers.Of(debtor.Contacts));

        Assert.Equal((Party.ThirdParty, mother.Id), (past.Party, past.ThirdPartyId));
        Assert.Contains("CN.third-party-per-person-per-day", Rules(ToThirdParty(mother.Id, Relative, At("2026-12-01 11:00")), Unreachable(past), Cn));
        Assert.Equal(Party.Debtor, agency.ToPast(ThirdPartyNumbers.Of([])).Party);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("US")]
    public void Sms_per_debtor_per_day_the_first_is_allowed_and_the_second_refused_on_any_number(string pack)
    {
        var (policy, zone) = pack == "US" ? (Us, NewYork) : (Cn, Shanghai);

        Assert.DoesNotContain($"{pack}.sms-per-debtor-per-day", Rules(Sms(At("2026-12-01 10:00", zone)), Facts(zone), policy));
        var facts = Facts(zone, history: [Texted(At("2026-12-01 10:00", zone))]);
        Assert.Contains($"{pack}.sms-per-debtor-per-day", Rules(Sms(At("2026-12-01 11:00", zone), "+8613800000002"), facts, policy));
        Assert.DoesNotContain($"{pack}.sms-per-debtor-per-day", Rules(Sms(At("2026-12-02 09:00", zone)), facts, policy));
        Assert.DoesNotContain($"{pack}.sms-per-debtor-per-day", Rules(Call(At("2026-12-01 11:00", zone)), facts, policy));
    }

    [Fact]
    public void Sms_per_debtor_per_day_is_the_borrowers_day_in_Los_Angeles_not_the_UTC_day()
    {
        // 20:30 on 30 November in Los Angeles is 04:30 UTC on 1 December, the same UTC day as the next morning's SMS.
        var facts = Facts(LosAngeles, history: [Texted(At("2026-11-30 20:30", LosAngeles))]);

        Assert.Contains("US.sms-per-debtor-per-day", Rules(Sms(At("2026-11-30 20:45", LosAngeles)), facts, Us));
        Assert.DoesNotContain("US.sms-per-debtor-per-day", Rules(Sms(At("2026-12-01 08:00", LosAngeles)), facts, Us));
    }

    [Fact]
    public void Sms_per_debtor_per_week_the_third_in_7_days_is_allowed_and_the_fourth_refused_until_day_8()
    {
        var history = new List<PastContact> { Texted(At("2026-11-25 10:00")), Texted(At("2026-11-27 10:00")) };

        Assert.Empty(Rules(Sms(At("2026-11-29 10:00")), Facts(history: history), Cn));
        history.Add(Texted(At("2026-11-29 10:00")));
        Assert.Contains("CN.sms-per-debtor-per-week", Rules(Sms(At("2026-12-01 21:59")), Facts(history: history), Cn));
        Assert.Empty(Rules(Sms(At("2026-12-02 08:00")), Facts(history: history), Cn));
    }

    [Fact]
    public void Limits_are_configuration_per_pack()
    {
        var twoADay = new ConductPolicy { CnLimits = new ContactLimits { SmsPerDebtorPerDay = 2 } };
        var facts = Facts(history: [Texted(At("2026-12-01 10:00"))]);

        Assert.Empty(Rules(Sms(At("2026-12-01 11:00")), facts, twoADay));
        Assert.Equal(1, twoADay.UsLimits.SmsPerDebtorPerDay);
        Assert.Equal((2, 1), (ConductGuard.Summarise(facts, twoADay, At("2026-12-01 11:00")).SmsAllowedToday,
            ConductGuard.Summarise(facts, twoADay, At("2026-12-01 11:00")).SmsLeftToday));
    }
}
