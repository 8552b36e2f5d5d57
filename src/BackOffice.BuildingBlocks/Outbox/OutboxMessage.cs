using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting in its module's outbox, stored with the change it reports. It is open until it is
/// delivered or an operator discards it; while open it holds back the later events of its <see cref="OrderingKey"/>.
/// </summary>
public sealed class OutboxMessage
{
    public const int OrderingKeyLength = 200;
    public const int DiscardReasonLength = 500;
    internal const int ErrorLength = 2000;

    private OutboxMessage()
    {
    }

    /// <summary>
    /// Given by the database on insert, so it grows with every commit whichever host wrote it: the order of
    /// delivery within a key. (OccurredAt comes from the clock of the host that wrote it and ties within a change.)
    /// </summary>
    public long Sequence { get; private set; }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    public string OrderingKey { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Not tried again before this instant (back-off after a failure).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Set when the attempts ran out: the event waits for an operator to retry or discard it.</summary>
    public DateTimeOffset? DeadLetteredAt { get; private set; }

    public DateTimeOffset? DiscardedAt { get; private set; }

    public string? DiscardReason { get; private set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        var key = integrationEvent.OrderingKey;
        if (string.IsNullOrWhiteSpace(key) || key.Length > OrderingKeyLength)
        {
            throw new ArgumentException($"{type.Name} must name its aggregate in at most {OrderingKeyLength} characters.", nameof(integrationEvent));
        }

        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            OrderingKey = key,
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }

    public IntegrationEvent ToEvent()
    {
        var type = System.Type.GetType(Type, throwOnError: true)!;
        return (IntegrationEvent)JsonSerializer.Deserialize(Payload, type, OutboxJson.Options)!;
    }

    public void MarkDispatched(DateTimeOffset at) => DispatchedAt = at;

    /// <summary>Counts a failed delivery: the event is tried again after a back-off, or becomes a dead letter when the attempts run out.</summary>
    public void MarkFailed(Exception error, DateTimeOffset at, OutboxOptions options)
    {
        Attempts++;
        LastError = Describe(error);
        if (Attempts >= options.MaxAttempts)
        {
            DeadLetteredAt = at;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = at + options.DelayAfter(Attempts);
        }
    }

    // What an operator needs to act: the outermost message often only says "see the inner exception".
    private static string Describe(Exception error)
    {
        var cause = error.GetBaseException();
        var text = ReferenceEquals(cause, error) ? error.Message : $"{error.Message} ({cause.GetType().Name}: {cause.Message})";
        return text.Length > ErrorLength ? text[..ErrorLength] : text;
    }
}

internal static class OutboxJson
{
    // Enums by name, and only names: a payload stays readable to an operator, and a value the receiver does
    // not know fails its delivery loudly instead of arriving as a number it would take for something else.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutOrderingKey } },
    };

    // The key is computed from the event's own fields and kept in its own column; the payload need not carry it twice.
    private static void LeaveOutOrderingKey(JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Object && info.Type.IsAssignableTo(typeof(IntegrationEvent)))
        {
            var key = info.Properties.FirstOrDefault(p => p.AttributeProvider is PropertyInfo { Name: nameof(IntegrationEvent.OrderingKey) });
            if (key is not null)
            {
                info.Properties.Remove(key);
            }
        }
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Sequence);
        builder.Property(m => m.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(m => m.Id).IsUnique();
        builder.Property(m => m.Type).HasMaxLength(400).IsRequired();
        builder.Property(m => m.OrderingKey).HasMaxLength(OutboxMessage.OrderingKeyLength).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
        builder.Property(m => m.DiscardReason).HasMaxLength(OutboxMessage.DiscardReasonLength);

        // The open events in order (DispatchedAt is null while open), and the earlier open events of one key.
        builder.HasIndex(m => new { m.DispatchedAt, m.Sequence });
        builder.HasIndex(m => new { m.OrderingKey, m.Sequence });
    }
}
