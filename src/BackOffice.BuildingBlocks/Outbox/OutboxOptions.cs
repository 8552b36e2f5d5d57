using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>The "Outbox" configuration section: how often the outboxes are read and how long a failing event is retried.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off only in tests that drive the dispatcher themselves.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries tried before an event becomes a dead letter for an operator to retry or discard.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles after each next one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long to wait before the next try of an event that has failed <paramref name="attempts"/> times.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        return FirstRetryDelay.Ticks > MaxRetryDelay.Ticks >> doublings
            ? MaxRetryDelay
            : TimeSpan.FromTicks(FirstRetryDelay.Ticks << doublings);
    }
}

/// <summary>A wrong outbox setting is refused at start-up, where it is seen, not by the job once the host is serving.</summary>
public sealed class OutboxOptionsValidation : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        List<string> problems = [];
        if (options.PollingInterval <= TimeSpan.Zero)
        {
            problems.Add("Outbox:PollingInterval must be a positive time span, e.g. 00:00:02.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            problems.Add("Outbox:MaxAttempts must be between 1 and 100, e.g. 10.");
        }

        if (options.FirstRetryDelay < TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            problems.Add("Outbox:FirstRetryDelay must not be negative nor longer than Outbox:MaxRetryDelay, e.g. 00:00:05 and 00:10:00.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
