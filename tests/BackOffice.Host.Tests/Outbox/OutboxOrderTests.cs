using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Host.Tests.Outbox;

/// <summary>Events of one aggregate arrive in the order they happened; a failing one holds back its aggregate only.</summary>
public sealed class OutboxOrderTests
{
    [Fact]
    public async Task A_failing_event_holds_back_the_later_events_of_its_aggregate_and_not_those_of_others()
    {
        using var factory = new StandInReceiverFactory();
        var (loanA, loanB) = (Guid.NewGuid(), Guid.NewGuid());
        factory.Receiver.Fail("A1");
        await factory.PublishAsync(
            StandInReceiver.DelinquencyChanged(loanA, "A1"),
            StandInReceiver.LoanCured(loanA, "A2"),
            StandInReceiver.DelinquencyChanged(loanB, "B1"),
            StandInReceiver.LoanCured(loanB, "B2"));

        await factory.DispatchAsync(passes: 2);

        // The cure of loan A must not overtake its failed delinquency change; loan B flows past both.
        Assert.Empty(factory.Receiver.HandledFor(loanA));
        Assert.Equal(["B1", "B2"], factory.Receiver.HandledFor(loanB));

        factory.Receiver.Recover("A1");
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["A1", "A2"], factory.Receiver.HandledFor(loanA));
    }

    [Fact]
    public async Task The_events_of_one_change_are_delivered_in_the_order_they_were_published()
    {
        using var factory = new StandInReceiverFactory();
        var loan = Guid.NewGuid();

        // More than a handful, so an order that held only by luck of a small sort would show.
        var labels = Enumerable.Range(1, 30).Select(i => $"L{i:00}").ToList();
        IntegrationEvent[] events = [.. labels.Select((label, i) => i % 2 == 0
            ? (IntegrationEvent)StandInReceiver.DelinquencyChanged(loan, label)
            : StandInReceiver.LoanCured(loan, label))];
        await factory.PublishAsync(events);

        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal(labels, factory.Receiver.HandledFor(loan));
        var sequences = new List<long>();
        foreach (var published in events)
        {
            sequences.Add((await factory.OutboxRowAsync(published)).Sequence);
        }

        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task Two_dispatchers_draining_one_outbox_at_once_keep_each_aggregates_order()
    {
        using var factory = new StandInReceiverFactory();
        var loans = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();
        var expected = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            // One change per round, each touching every loan: later rounds are later commits.
            await factory.PublishAsync([.. loans.Select((loan, n) => (IntegrationEvent)StandInReceiver.LoanCured(loan, $"{n}-{i}"))]);
            expected.Add($"-{i}");
        }

        // Two hosts' dispatchers on one database: each pass of each may pick the same events.
        await Task.WhenAll(
            Task.Run(() => factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken),
            Task.Run(() => factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        foreach (var (loan, n) in loans.Select((loan, n) => (loan, n)))
        {
            Assert.Equal(expected.Select(suffix => $"{n}{suffix}"), factory.Receiver.HandledFor(loan));
        }
    }
}
