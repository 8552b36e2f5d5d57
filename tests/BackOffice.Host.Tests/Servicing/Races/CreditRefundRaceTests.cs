using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Payments;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Servicing.Persistence;

namespace BackOffice.Host.Tests.Servicing.Races;

/// <summary>The host with the test loans' product holding credit above the payoff, up to 1,000.</summary>
public sealed class CreditHoldingRaceFactory : RaceFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Servicing:CreditHoldingProducts:0"] = "NEW-STD",
        ["Servicing:CreditAbovePayoffLimit"] = "1000",
    };
}

/// <summary>Twenty agents paying one loan's credit back at once: never more than was held goes back.</summary>
public sealed class CreditRefundRaceTests(CreditHoldingRaceFactory factory) : IClassFixture<CreditHoldingRaceFactory>
{
    private const int Attempts = 20;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_refunds_of_credit_at_once_pay_back_only_what_was_held_and_the_others_are_refused()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var payoff = loan.QuotePayoff(loan.BookedOn).Total;
        await AtOnce.SendAsync(factory.Services, 1, _ => new PostPaymentCommand(
            loan.LoanNumber, "CHQ-" + Guid.NewGuid().ToString("N")[..8], payoff + 1_000m, loan.BookedOn, PaymentChannel.Agent, "agent"));
        Assert.Equal(1_000m, (await ServicingHost.LoanAsync(factory, loan.Id)).CreditBalance);

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new RefundCreditCommand(
            loan.Id, 300m, "borrower overpaid at payoff", $"agent-{i}"));

        Assert.Equal(3, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("of credit; no more than that", o.Refusal, StringComparison.Ordinal));
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(100m, after.CreditBalance);
        Assert.Equal(900m, after.CreditRefunds.Sum(r => r.Amount));
        Assert.Equal(900m, after.Allocations.Where(a => a.Component == AllocationComponent.Refunded).Sum(a => a.Amount));
        var audited = (await factory.Services.PublishedAsync<AuditRecordedIntegrationEvent, ServicingDbContext>(Cancel))
            .Count(e => e.Record.Action == ServicingAuditActions.CreditRefunded && e.Record.Subject == $"loan:{loan.LoanNumber}");
        Assert.Equal(3, audited);
    }
}
