using BackOffice.Collections.Domain;
using BackOffice.Host.Tests.Servicing;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Features.Payments;

namespace BackOffice.Host.Tests.Collections.Races;

/// <summary>
/// Payments and the close of business on one loan at the same moment: whatever order they commit in, Collections ends
/// with Servicing's figures, because the later fact for the loan is delivered later and an older one never wins.
/// </summary>
public sealed class CurrentAmountsRaceTests
{
    private const int Twenty = 20;

    [Fact]
    public async Task A_payment_clearing_the_arrears_and_a_close_of_business_at_once_leave_the_account_as_Servicing_has_it()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CurrentAmountsTests.AtTenInTheMorningAsync(factory);
        var owed = await CollectionsHost.ArrearsAsync(factory, loan.Id);
        var today = CurrentAmountsTests.Today(factory);

        var both = await AtOnce.RunAsync(2, async i =>
        {
            if (i == 0)
            {
                await CollectionsHost.PayAsync(factory, loan.LoanNumber, owed.AmountOverdue, today);
            }
            else
            {
                await ServicingHost.CloseThroughAsync(factory, today);
            }

            return i;
        });
        await ServicingHost.DeliverEventsAsync(factory);

        Assert.All(both, a => Assert.Null(a.Error));
        await AssertFollowsServicingAsync(factory, loan.Id);
    }

    [Fact]
    public async Task Twenty_payments_at_once_all_land_and_the_account_ends_with_Servicings_figures()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CurrentAmountsTests.AtTenInTheMorningAsync(factory);
        var owed = await CollectionsHost.ArrearsAsync(factory, loan.Id);
        var today = CurrentAmountsTests.Today(factory);

        var payments = await AtOnce.SendAsync(factory.Services, Twenty, i =>
            new PostPaymentCommand(loan.LoanNumber, $"RACE-{loan.LoanNumber}-{i}", 10m, today, PaymentChannel.Agent, "agent"));
        await ServicingHost.DeliverEventsAsync(factory);

        Assert.All(payments, p => Assert.Null(p.Error));
        var now = await AssertFollowsServicingAsync(factory, loan.Id);
        Assert.Equal(owed.AmountOverdue - 200m, now.AmountOverdue);
    }

    private static async Task<LoanArrears> AssertFollowsServicingAsync(BusinessClockFactory factory, Guid loanId)
    {
        var servicing = await CollectionsHost.ArrearsAsync(factory, loanId);
        var account = (await CollectionsHost.AccountAsync(factory, loanId))!;
        Assert.Equal((servicing.DaysPastDue, servicing.AmountOverdue, servicing.AsOf), (account.DaysPastDue, account.AmountOverdue, account.AsOf));
        Assert.True(servicing.NothingOverdue == (account.Status == CollectionAccountStatus.Closed),
            $"Servicing: {servicing.DaysPastDue} days, {servicing.PrincipalOverdue}/{servicing.InterestOverdue}/{servicing.FeesOverdue} overdue; "
            + $"Collections: {account.Status}");
        return servicing;
    }
}
