using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.BuildingBlocks.Tests;

public sealed record SomethingHappenedIntegrationEvent(Guid RecordId, decimal Amount) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("record", RecordId);
}

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static readonly OutboxOptions Options = new()
    {
        MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromSeconds(12),
    };

    [Fact]
    public void An_event_comes_back_from_the_outbox_as_it_went_in()
    {
        var original = new SomethingHappenedIntegrationEvent(Guid.NewGuid(), 1234.56m) { OccurredAt = Now };

        var message = OutboxMessage.From(original);
        var restored = message.ToEvent();

        Assert.Equal(original, restored);
        Assert.Equal(original.EventId, message.Id);
    }

    [Fact]
    public void An_outbox_row_carries_the_key_of_the_aggregate_its_event_is_about_and_the_payload_does_not()
    {
        var recordId = Guid.NewGuid();

        var message = OutboxMessage.From(new SomethingHappenedIntegrationEvent(recordId, 1m) { OccurredAt = Now });

        Assert.Equal($"record:{recordId:N}", message.OrderingKey);
        Assert.DoesNotContain("orderingKey", message.Payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_failed_delivery_is_counted_its_error_kept_and_tried_again_after_a_back_off()
    {
        var message = OutboxMessage.From(new SomethingHappenedIntegrationEvent(Guid.NewGuid(), 1m) { OccurredAt = Now });

        message.MarkFailed(new InvalidOperationException("handler down"), Now, Options);

        Assert.Equal(1, message.Attempts);
        Assert.Equal("handler down", message.LastError);
        Assert.Equal(Now.AddSeconds(5), message.NextAttemptAt);
        Assert.Null(message.DeadLetteredAt);
        Assert.Null(message.DispatchedAt);
    }

    [Fact]
    public void The_error_kept_names_the_cause_an_outer_exception_only_points_to()
    {
        var message = OutboxMessage.From(new SomethingHappenedIntegrationEvent(Guid.NewGuid(), 1m) { OccurredAt = Now });

        message.MarkFailed(new InvalidOperationException("See the inner exception.", new TimeoutException("lock held")), Now, Options);

        Assert.Equal("See the inner exception. (TimeoutException: lock held)", message.LastError);
    }

    [Fact]
    public void The_last_allowed_attempt_that_fails_makes_a_dead_letter_and_the_one_before_does_not()
    {
        var message = OutboxMessage.From(new SomethingHappenedIntegrationEvent(Guid.NewGuid(), 1m) { OccurredAt = Now });

        message.MarkFailed(new InvalidOperationException("1"), Now, Options);
        message.MarkFailed(new InvalidOperationException("2"), Now, Options);
        Assert.Null(message.DeadLetteredAt);

        message.MarkFailed(new InvalidOperationException("3"), Now, Options);
        Assert.Equal(Now, message.DeadLetteredAt);
        Assert.Null(message.NextAttemptAt);
        Assert.Equal("3", message.LastError);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 12)]
    [InlineData(60, 12)]
    public void The_back_off_doubles_after_each_failure_up_to_its_ceiling(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Options.DelayAfter(attempts));

    [Theory]
    [InlineData(0, "00:00:02", "00:00:05", "00:10:00", "MaxAttempts")]
    [InlineData(101, "00:00:02", "00:00:05", "00:10:00", "MaxAttempts")]
    [InlineData(10, "00:00:00", "00:00:05", "00:10:00", "PollingInterval")]
    [InlineData(10, "00:00:02", "00:10:01", "00:10:00", "FirstRetryDelay")]
    [InlineData(10, "00:00:02", "-00:00:01", "00:10:00", "FirstRetryDelay")]
    public void A_wrong_outbox_setting_is_refused_by_name(int maxAttempts, string polling, string first, string max, string named)
    {
        var result = new OutboxOptionsValidation().Validate(null, new OutboxOptions
        {
            MaxAttempts = maxAttempts, PollingInterval = TimeSpan.Parse(polling, System.Globalization.CultureInfo.InvariantCulture),
            FirstRetryDelay = TimeSpan.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
            MaxRetryDelay = TimeSpan.Parse(max, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.True(result.Failed);
        Assert.Contains("Outbox:" + named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void The_edges_of_the_allowed_attempts_are_accepted(int maxAttempts) =>
        Assert.True(new OutboxOptionsValidation().Validate(null, new OutboxOptions { MaxAttempts = maxAttempts }).Succeeded);
}
