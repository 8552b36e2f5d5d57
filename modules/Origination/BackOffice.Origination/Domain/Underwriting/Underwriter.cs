using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Pricing;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>
/// The affordability rules. A pure function of the facts and the policy: no clock, no database, so a rule
/// test needs neither, and a decision can be explained and re-run years later.
/// </summary>
internal static class Underwriter
{
    public static UnderwritingDecision Decide(ApplicationFacts facts, UnderwritingPolicy policy)
    {
        var tier = TierOf(facts);
        var offer = Price(facts.Product, facts.Amount, facts.TermMonths, tier);
        var rules = Evaluate(facts, offer.Installment, policy);
        var outcome = rules.Any(r => r.Outcome == RuleOutcome.Decline) ? Decision.Decline
            : rules.Any(r => r.Outcome == RuleOutcome.Refer) ? Decision.Refer
            : Decision.Approve;
        var unaffordable = rules.Any(r => r.Code is ReasonCodes.PaymentToIncome or ReasonCodes.DebtToIncome && r.Outcome != RuleOutcome.Pass);
        var alternative = unaffordable ? Alternative(facts, tier, policy) : null;
        return new UnderwritingDecision(outcome, tier, offer, rules, alternative, policy.Version);
    }

    public static PricedLoan Price(Product product, decimal amount, int termMonths, RiskTier tier) =>
        ScheduleCalculator.Price(amount, termMonths, product.RateFor(tier), product.Method, product.OriginationFee, product.Currency);

    /// <summary>
    /// The price tier, from what the applicant already owes and how much of the car is financed: A when debts
    /// are at most 20 % of income and the loan at most 70 % of the price; C above 35 % or 85 %; B between.
    /// </summary>
    private static RiskTier TierOf(ApplicationFacts facts)
    {
        var existingDebtRatio = facts.MonthlyDebts / facts.MonthlyIncome;
        var loanToValue = facts.Amount / facts.VehiclePrice;
        return existingDebtRatio <= 0.20m && loanToValue <= 0.70m ? RiskTier.A
            : existingDebtRatio > 0.35m || loanToValue > 0.85m ? RiskTier.C
            : RiskTier.B;
    }

    public static IReadOnlyList<RuleResult> Evaluate(ApplicationFacts facts, decimal installment, UnderwritingPolicy policy)
    {
        var maturity = facts.ApplicationDate.AddMonths(facts.TermMonths);
        var ageNow = YearsBetween(facts.DateOfBirth, facts.ApplicationDate);
        var ageAtMaturity = YearsBetween(facts.DateOfBirth, maturity);
        var vehicleAgeAtMaturity = maturity.Year - facts.VehicleYear;
        return
        [
            Above(ReasonCodes.PaymentToIncome, Ratio(installment, facts.MonthlyIncome), policy.PaymentToIncomeRefer, policy.PaymentToIncomeDecline),
            Above(
                ReasonCodes.DebtToIncome, Ratio(facts.MonthlyDebts + installment, facts.MonthlyIncome),
                policy.DebtToIncomeRefer, policy.DebtToIncomeDecline),
            LoanToValueRule(facts, policy),
            Above(ReasonCodes.VehicleAgeAtMaturity, vehicleAgeAtMaturity, policy.VehicleAgeAtMaturityRefer, policy.VehicleAgeAtMaturityDecline),
            Below(ReasonCodes.ApplicantAge, ageNow, policy.MinimumApplicantAge),
            Above(ReasonCodes.ApplicantAgeAtMaturity, ageAtMaturity, policy.ApplicantAgeAtMaturityRefer, policy.ApplicantAgeAtMaturityDecline),
            Below(ReasonCodes.MinimumIncome, facts.MonthlyIncome, policy.MinimumMonthlyIncome),
            TermRule(facts, policy),
            Conflict(ReasonCodes.DuplicateApplicant, facts.OtherOpenApplicationsOfApplicant),
            Conflict(ReasonCodes.VehicleAlreadyFinanced, facts.OtherOpenApplicationsForVehicle),
        ];
    }

    private static AffordableAlternative? Alternative(ApplicationFacts facts, RiskTier tier, UnderwritingPolicy policy)
    {
        var maxPayment = Math.Min(
            facts.MonthlyIncome * policy.PaymentToIncomeRefer, facts.MonthlyIncome * policy.DebtToIncomeRefer - facts.MonthlyDebts);
        if (maxPayment <= 0m)
        {
            return null;
        }

        bool Affordable(decimal amount, int term) =>
            Evaluate(facts with { Amount = amount, TermMonths = term }, Price(facts.Product, amount, term, tier).Installment, policy)
                .All(r => r.Outcome == RuleOutcome.Pass || r.Code is ReasonCodes.DuplicateApplicant or ReasonCodes.VehicleAlreadyFinanced);

        var rate = facts.Product.RateFor(tier);
        var amount = Math.Floor(ScheduleCalculator.AmountForPayment(maxPayment, facts.TermMonths, rate, facts.Product.Method) / 100m) * 100m;
        while (amount >= facts.Product.MinAmount && !Affordable(amount, facts.TermMonths))
        {
            amount -= 100m;
        }

        var longerTerm = policy.TermsOffered(facts.Product).Where(t => t > facts.TermMonths).Order().Cast<int?>()
            .FirstOrDefault(t => Affordable(facts.Amount, t!.Value));
        var alternative = new AffordableAlternative(amount >= facts.Product.MinAmount ? amount : null, longerTerm);
        return alternative.MaxAmountAtRequestedTerm is null && alternative.TermForRequestedAmount is null ? null : alternative;
    }

    private static RuleResult TermRule(ApplicationFacts facts, UnderwritingPolicy policy) =>
        new(
            ReasonCodes.TermLimit, policy.TermsOffered(facts.Product).Contains(facts.TermMonths) ? RuleOutcome.Pass : RuleOutcome.Decline,
            facts.TermMonths, Math.Min(facts.Product.MaxTerm, policy.MaxTermMonthsFor(facts.Product)));

    /// <summary>
    /// Above the product's maximum share of the price (CN: 80 % new, 70 % used) is declined, to the cent: the amount
    /// is weighed against the price times the limit, not a rounded ratio. Between the refer limit and it, an underwriter looks.
    /// </summary>
    private static RuleResult LoanToValueRule(ApplicationFacts facts, UnderwritingPolicy policy)
    {
        var max = policy.MaxLoanToValueFor(facts.Product);
        var refer = Math.Min(policy.LoanToValueRefer, max);
        var outcome = facts.Amount > facts.VehiclePrice * max ? RuleOutcome.Decline
            : facts.Amount > facts.VehiclePrice * refer ? RuleOutcome.Refer
            : RuleOutcome.Pass;
        return new RuleResult(ReasonCodes.LoanToValue, outcome, Ratio(facts.Amount, facts.VehiclePrice), outcome == RuleOutcome.Decline ? max : refer);
    }

    private static RuleResult Above(string code, decimal value, decimal referAbove, decimal declineAbove) =>
        new(
            code,
            value > declineAbove ? RuleOutcome.Decline : value > referAbove ? RuleOutcome.Refer : RuleOutcome.Pass,
            value,
            value > declineAbove ? declineAbove : referAbove);

    private static RuleResult Below(string code, decimal value, decimal minimum) =>
        new(code, value < minimum ? RuleOutcome.Decline : RuleOutcome.Pass, value, minimum);

    private static RuleResult Conflict(string code, int others) =>
        new(code, others > 0 ? RuleOutcome.Refer : RuleOutcome.Pass, others, 0);

    private static decimal Ratio(decimal part, decimal whole) => Math.Round(part / whole, 4, MidpointRounding.ToEven);

    private static int YearsBetween(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }
}
