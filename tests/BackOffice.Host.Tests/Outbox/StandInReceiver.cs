using System.Collections.Concurrent;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Outbox;

/// <summary>
/// Stands in for a module that hears Servicing's loan events: records, per loan, the events it handled in the order
/// it handled them (each event is named by its LoanNumber, e.g. "A1"), and fails the events the test names, as a
/// receiver that is down.
/// </summary>
internal sealed class StandInReceiver
{
    public const string Error = "the receiving module is down";

    private readonly ConcurrentQueue<(Guid LoanId, string Label)> handled = new();
    private readonly ConcurrentDictionary<string, byte> failing = new();

    public void Fail(string label) => failing[label] = 0;

    public void Recover(string label) => failing.TryRemove(label, out _);

    /// <summary>The events of one loan in the order they were first handled (a delivery may repeat; the inbox absorbs repeats).</summary>
    public IReadOnlyList<string> HandledFor(Guid loanId) => [.. handled.Where(h => h.LoanId == loanId).Select(h => h.Label).Distinct()];

    public void Hear(Guid loanId, string label)
    {
        if (failing.ContainsKey(label))
        {
            throw new InvalidOperationException(Error);
        }

        handled.Enqueue((loanId, label));
    }

    public static DelinquencyChangedIntegrationEvent DelinquencyChanged(Guid loanId, string label) =>
        new(loanId, label, new DateOnly(2026, 12, 1), "current", "current", 0, 0m, 1000m, 0) { OccurredAt = DateTimeOffset.UtcNow };

    public static LoanCuredIntegrationEvent LoanCured(Guid loanId, string label) =>
        new(loanId, label, new DateOnly(2026, 12, 1), "1-29") { OccurredAt = DateTimeOffset.UtcNow };
}

internal sealed class StandInReceiverHandler(StandInReceiver receiver)
    : INotificationHandler<DelinquencyChangedIntegrationEvent>, INotificationHandler<LoanCuredIntegrationEvent>
{
    public ValueTask Handle(DelinquencyChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        receiver.Hear(notification.LoanId, notification.LoanNumber);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(LoanCuredIntegrationEvent notification, CancellationToken cancellationToken)
    {
        receiver.Hear(notification.LoanId, notification.LoanNumber);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A host with the stand-in receiver, three attempts before a dead letter and no back-off, so each pass is a retry.</summary>
internal class StandInReceiverFactory(IReadOnlyDictionary<string, string?>? settings = null) : BackOfficeFactory
{
    public const int MaxAttempts = 3;

    public StandInReceiver Receiver { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
    {
        ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:FirstRetryDelay"] = "00:00:00",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Receiver);
        services.AddScoped<INotificationHandler<DelinquencyChangedIntegrationEvent>, StandInReceiverHandler>();
        services.AddScoped<INotificationHandler<LoanCuredIntegrationEvent>, StandInReceiverHandler>();
    }

    /// <summary>Writes the events to Servicing's outbox in one change, in this order, as a handler would.</summary>
    public async Task PublishAsync(params IntegrationEvent[] events)
    {
        await using var scope = Services.CreateAsyncScope();
        var servicing = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        foreach (var integrationEvent in events)
        {
            servicing.Publish(integrationEvent);
        }

        await servicing.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public Task<OutboxMessage> OutboxRowAsync(IntegrationEvent integrationEvent) => OutboxRowAsync(integrationEvent.EventId);

    public async Task<OutboxMessage> OutboxRowAsync(Guid eventId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServicingDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Id == eventId, TestContext.Current.CancellationToken);
    }

    /// <summary>Passes over every outbox, as many as <paramref name="passes"/>.</summary>
    public async Task DispatchAsync(int passes)
    {
        for (var pass = 0; pass < passes; pass++)
        {
            await Services.DispatchOnceAsync(TestContext.Current.CancellationToken);
        }
    }
}
