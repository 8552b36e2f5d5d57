using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Features.Payments;
using BackOffice.Servicing.Features.Plans;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>
/// A loan's whole life on the real host, with its part of the trial balance checked against figures worked out
/// by hand from the loan's own terms: booking (the origination fee kept back from the dealer), funding, a payment,
/// accrual in the close of business, a late fee, its refund, a plan, the payment returned, charge-off and a
/// recovery. The demo seed books loans of its own, so the loan's part is what its entries posted (its lines on
/// the control accounts summed, its share of the close of business's summed income lines), and at every
/// checkpoint the whole trial balance is reconciled to the sum of every loan's part.
/// </summary>
public sealed class LedgerLifecycleTests
{
    [Fact]
    public async Task Trial_balance_equals_the_hand_computed_figures_through_a_loans_whole_life()
    {
        await using var factory = new BusinessClockFactory();
        var cancel = TestContext.Current.CancellationToken;
        var booked = await ServicingHost.BookLoanAsync(factory);
        var (p, fee) = (booked.AmountFinanced, booked.OriginationFee);
        var schedule = booked.Installments.OrderBy(i => i.Number).ToList();
        var (i1, i2, i3) = (schedule[0], schedule[1], schedule[2]);
        Assert.True(fee > 0m, "the demo product charges an origination fee");
        var chart = factory.Services.GetRequiredService<IOptions<ServicingPolicy>>().Value.Ledger;
        string Code(LedgerRole role) => chart.CodeOf(role);

        Assert.Equal(Balances((LedgerRole.PrincipalReceivable, p), (LedgerRole.DealerPayable, -(p - fee)), (LedgerRole.FeeIncome, -fee)),
            await TrialBalanceAsync(factory, chart, booked.Id));

        await WithLoanAsync(factory, booked.Id, loan => loan.FundDealer("WIRE-1", loan.BookedOn, "accountant", chart));
        await ServicingHost.CloseThroughAsync(factory, i1.DueDate);
        factory.Clock.SetUtcNow(new DateTimeOffset(i1.DueDate.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var payment = await SendAsync(factory,
            new PostPaymentCommand(booked.LoanNumber, "PAY-1", i1.ScheduledPayment, i1.DueDate, PaymentChannel.Agent, "agent"));

        // Installment 2 goes unpaid: billed on its due date, a late fee after the five days' grace; installment 3
        // has accrued six days of its thirty (30/360).
        var feeDay = i2.DueDate.AddDays(6);
        await ServicingHost.CloseThroughAsync(factory, feeDay);
        var lateFee = decimal.Min(decimal.Round(i2.ScheduledPayment * 0.05m, 2, MidpointRounding.ToEven), 200m);
        var accrued = decimal.Round(i3.Interest * DayCount.Days(i2.DueDate, feeDay, DayCountConvention.Thirty360) / 30m, 2,
            MidpointRounding.ToEven);
        var cash = -(p - fee) + i1.ScheduledPayment;
        Assert.Equal(Balances(
                (LedgerRole.PrincipalReceivable, p - i1.Principal), (LedgerRole.InterestReceivable, i2.Interest + accrued),
                (LedgerRole.FeesReceivable, lateFee), (LedgerRole.Cash, cash), (LedgerRole.InterestIncome, -(i1.Interest + i2.Interest + accrued)),
                (LedgerRole.FeeIncome, -(fee + lateFee))),
            await TrialBalanceAsync(factory, chart, booked.Id));

        await WithLoanAsync(factory, booked.Id, loan => loan.RefundFees(lateFee, Policy(factory)));
        var beforePlan = await TrialBalanceAsync(factory, chart, booked.Id);
        Assert.Equal(-fee, beforePlan[Code(LedgerRole.FeeIncome)]);

        var plan = await SendAsync(factory, new ProposePlanCommand(booked.Id, PlanKind.Defer, 1, "hardship", "care-agent"));
        if (plan.NeedsApproval)
        {
            await SendAsync(factory, new DecidePlanCommand(plan.Id, Approve: true, Note: null, By: "care-manager"));
        }

        // A restructure moves amounts between installments: no income is created or lost.
        Assert.Equal(beforePlan, await TrialBalanceAsync(factory, chart, booked.Id));

        await SendAsync(factory, new ReversePaymentCommand(payment.Payment.Id, "returned by the bank", "agent"));
        var entries = await ServicingHost.WithServicingAsync(factory, db => db.JournalEntries.AsNoTracking().Include(e => e.Lines)
            .Where(e => e.SourceId == payment.Payment.Id).OrderBy(e => e.PostedAt).ToListAsync(cancel));
        Assert.Equal([EntryKind.Payment, EntryKind.PaymentReversal], entries.Select(e => e.Kind));
        Assert.Equal(Mirror(entries[0]), Lines(entries[1]));

        // 180 days past the oldest unpaid installment (the first, once its payment was returned) the loan is charged off.
        await ServicingHost.CloseThroughAsync(factory, i1.DueDate.AddDays(180));
        Assert.Equal(LoanStatus.ChargedOff, (await ServicingHost.LoanAsync(factory, booked.Id)).Status);
        factory.Clock.SetUtcNow(new DateTimeOffset(i1.DueDate.AddDays(181).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        await SendAsync(factory, new PostPaymentCommand(booked.LoanNumber, "REC-1", 1_000m, i1.DueDate.AddDays(181), PaymentChannel.Agent, "agent"));

        // Nothing was ever collected for good: the whole principal is a loss, only the origination fee stays income.
        Assert.Equal(Balances(
                (LedgerRole.Cash, -(p - fee) + 1_000m), (LedgerRole.FeeIncome, -fee), (LedgerRole.ChargeOffLoss, p),
                (LedgerRole.RecoveryIncome, -1_000m)),
            await TrialBalanceAsync(factory, chart, booked.Id));

        Dictionary<string, decimal> Balances(params (LedgerRole Role, decimal Amount)[] balances) =>
            chart.All.ToDictionary(a => a.Account.Code, a => balances.Where(b => b.Role == a.Role).Sum(b => b.Amount));
    }

    private static ServicingPolicy Policy(BackOfficeFactory factory) => factory.Services.GetRequiredService<IOptions<ServicingPolicy>>().Value;

    /// <summary>
    /// The loan's part of the trial balance, account by account (debit positive), once the whole ledger is shown to
    /// reconcile: balanced, every loan's figures equal to what it posted, every account equal to the sum of the loans.
    /// The loan's lines on the control accounts, with the interest it accrued into the pooled entries, must sum to the same part.
    /// </summary>
    private static async Task<Dictionary<string, decimal>> TrialBalanceAsync(BackOfficeFactory factory, ChartOfAccounts chart, Guid loanId)
    {
        var check = await ReconcileAsync(factory);
        Assert.True(check.Balanced, check.Differences);
        return await ServicingHost.WithServicingAsync(factory, async db =>
        {
            var cancel = TestContext.Current.CancellationToken;
            var loan = await db.Loans.AsNoTracking().SingleAsync(l => l.Id == loanId, cancel);
            var posted = loan.Posted;
            var lines = await db.JournalLines.AsNoTracking().Where(l => l.LoanId == loanId).ToListAsync(cancel);
            decimal Pooled(LedgerRole role) => role == LedgerRole.InterestReceivable ? loan.AccrualPooled : 0m;
            Assert.All(LedgerPosition.ControlRoles, role => Assert.Equal(posted[role], lines.Where(l => l.Role == role).Sum(l => l.Net) + Pooled(role)));
            return chart.All.ToDictionary(a => a.Account.Code, a => posted[a.Role]);
        });
    }

    private static IEnumerable<string> Lines(JournalEntry entry) =>
        entry.Lines.Select(l => $"{l.Account} {l.Debit} {l.Credit}").Order(StringComparer.Ordinal);

    private static IEnumerable<string> Mirror(JournalEntry entry) =>
        entry.Lines.Select(l => $"{l.Account} {l.Credit} {l.Debit}").Order(StringComparer.Ordinal);

    private static async Task<T> SendAsync<T>(BackOfficeFactory factory, Mediator.ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }

    private static async Task WithLoanAsync(BackOfficeFactory factory, Guid loanId, Action<LoanAccount> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var loan = await db.WholeLoans.SingleAsync(l => l.Id == loanId, TestContext.Current.CancellationToken);
        change(loan);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<LedgerReconciliation> ReconcileAsync(BackOfficeFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BackOffice.Servicing.Features.Ledger.LedgerReconciler>()
            .ReconcileAsync(DateOnly.MinValue, TestContext.Current.CancellationToken);
    }
}
