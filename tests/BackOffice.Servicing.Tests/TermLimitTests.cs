using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// A plan may not take a loan past its product's term, extensions included: CN 5 years, used cars 3
/// (《汽车贷款管理办法》, PBOC/CBRC Order [2017] No. 2); US the product's own longest term. Loans are booked 10 January
/// 2026 and two installments behind on 21 March, so installment 3 (10 April) is the first still to come.
/// </summary>
public sealed class TermLimitTests
{
    private static ServicingPolicy Pack(string pack)
    {
        var policy = new ServicingPolicy();
        policy.UsePack(pack);
        return policy;
    }

    private static LoanAccount Behind(string product, int term)
    {
        var loan = TestLoans.Open(product: product, term: term);
        loan.CloseThrough(TestLoans.Booked.AddMonths(2).AddDays(11));
        return loan;
    }

    private static RepaymentPlan Propose(LoanAccount loan, PlanKind kind, int size, ServicingPolicy policy) =>
        loan.ProposePlan(kind, size, "lost overtime at work", "care", TestLoans.Now, policy);

    [Theory]
    [InlineData("USED-STD", 24, 12, 36)]
    [InlineData("NEW-STD", 48, 12, 60)]
    [InlineData("NEW-FLAT", 36, 24, 60)]
    public void CN_pack_lets_an_extension_run_the_loan_to_its_limit_including_extensions(string product, int term, int months, int limit)
    {
        var policy = Pack("CN");
        var loan = Behind(product, term);

        loan.Activate(Propose(loan, PlanKind.Extend, months, policy), "checker", TestLoans.Now, policy);

        Assert.Equal(limit, loan.TermMonths);
        Assert.Equal(TestLoans.Booked.AddMonths(limit), loan.Installments.Max(i => i.DueDate));
    }

    [Theory]
    [InlineData("USED-STD", 24, 13, 36, 12)]
    [InlineData("NEW-STD", 48, 13, 60, 12)]
    public void CN_pack_refuses_an_extension_one_month_past_the_limit_saying_the_limit_and_the_months_still_possible(
        string product, int term, int months, int limit, int possible)
    {
        var policy = Pack("CN");
        var loan = Behind(product, term);
        var before = loan.Snapshot();

        var refused = Assert.Throws<BusinessRuleException>(() => Propose(loan, PlanKind.Extend, months, policy));

        Assert.Equal(LoanRefusals.TermLimit, refused.Code);
        Assert.Contains($"at most {limit} months", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"would make L-TEST run {limit + 1}", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"At most {possible} more months are possible", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, loan.Snapshot());
    }

    [Fact]
    public void CN_pack_refuses_a_deferral_that_would_take_a_used_car_loan_past_36_months()
    {
        var policy = Pack("CN");
        var loan = Behind("USED-STD", 36);

        var refused = Assert.Throws<BusinessRuleException>(() => Propose(loan, PlanKind.Defer, 1, policy));

        Assert.Equal(LoanRefusals.TermLimit, refused.Code);
        Assert.Contains("At most 0 more months are possible", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_the_CN_pack_does_not_know_gets_the_used_car_limit() =>
        Assert.Equal(36, Pack("CN").MaxTermMonthsFor("LEASE-X"));

    [Theory]
    [InlineData("NEW-STD", 60)]
    [InlineData("USED-STD", 48)]
    [InlineData("NEW-FLAT", 36)]
    public void US_pack_has_no_statutory_cap_so_the_products_own_longest_term_is_the_limit(string product, int limit) =>
        Assert.Equal(limit, Pack("US").MaxTermMonthsFor(product));

    [Fact]
    public void A_configured_limit_replaces_the_packs()
    {
        var policy = new ServicingPolicy { MaxTermMonths = new Dictionary<string, int> { ["USED-STD"] = 30 } };
        policy.UsePack("CN");

        Assert.Equal(30, policy.MaxTermMonthsFor("USED-STD"));
        Assert.Equal(60, policy.MaxTermMonthsFor("NEW-STD"));
    }
}
