using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>
/// A manager may override a limit or the hours, on record, for a written reason — never the borrower's own word or
/// what the law forbids outright (Reg F §1006.6(c): a cease request ends contact; §1006.38(d)(2): no collection
/// until a dispute is verified; §1006.6(b)(2): a represented borrower is reached through the lawyer).
/// </summary>
public sealed class OverrideTests
{
    private static readonly DateTimeOffset Now = At("2026-12-10 09:00");

    private static Clearance Blocked(params string[] rules) => new(
        Guid.NewGuid(), new ContactRequest("c1", Party.Debtor, null, ContactMethod.Call, "+8613800000000", Now),
        [.. rules.Select(rule => new Refusal(rule, rule, rule))], Now, TimeSpan.FromMinutes(15));

    [Theory]
    [InlineData("cease-request")]
    [InlineData("dispute")]
    [InlineData("legal-representation")]
    [InlineData("medium-opted-out")]
    [InlineData("contact-source")]
    [InlineData("nothing-overdue")]
    [InlineData("CN.third-party-refused")]
    [InlineData("US.third-party-refused")]
    public void The_borrowers_right_or_the_law_is_never_overridden(string rule)
    {
        var clearance = Blocked("CN.quiet-hours", rule);

        var refused = Assert.Throws<BusinessRuleException>(() => clearance.Override("manager", "Borrower asked for a call back.", Now, TimeSpan.FromMinutes(15)));

        Assert.Equal("not-overridable", refused.Code);
        Assert.False(clearance.Allowed);
    }

    [Theory]
    [InlineData("CN.quiet-hours")]
    [InlineData("CN.connected-calls-per-day")]
    [InlineData("US.calls-in-seven-days")]
    [InlineData("CN.sms-per-debtor-per-day")]
    public void A_limit_or_the_hours_may_be_overridden_with_a_written_reason(string rule)
    {
        var clearance = Blocked(rule);

        clearance.Override("manager", "Borrower asked for a call back at this time.", Now, TimeSpan.FromMinutes(15));

        Assert.True(clearance.Allowed);
    }
}
