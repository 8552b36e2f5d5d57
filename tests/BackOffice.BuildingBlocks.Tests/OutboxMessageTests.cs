using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.BuildingBlocks.Tests;

public sealed record SomethingHappenedIntegrationEvent(Guid RecordId, decimal Amount) : IntegrationEvent;

public sealed class OutboxMessageTests
{
    [Fact]
    public void An_event_comes_back_from_the_outbox_as_it_went_in()
    {
        var original = new SomethingHappenedIntegrationEvent(Guid.NewGuid(), 1234.56m)
        {
            OccurredAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
        };

        var message = OutboxMessage.From(original);
        var restored = message.ToEvent();

        Assert.Equal(original, restored);
        Assert.Equal(original.EventId, message.Id);
    }

    [Fact]
    public void A_failed_delivery_is_counted_and_its_error_kept()
    {
        var message = OutboxMessage.From(new SomethingHappenedIntegrationEvent(Guid.NewGuid(), 1m) { OccurredAt = DateTimeOffset.UnixEpoch });

        message.MarkFailed(new InvalidOperationException("handler down"));

        Assert.Equal(1, message.Attempts);
        Assert.Equal("handler down", message.LastError);
        Assert.Null(message.DispatchedAt);
    }
}
