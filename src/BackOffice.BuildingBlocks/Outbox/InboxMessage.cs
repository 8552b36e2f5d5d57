using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>Records that a handler of this module has handled an event, in the same transaction as its effect.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public InboxMessage(Guid eventId, string handler, DateTimeOffset handledAt)
    {
        EventId = eventId;
        Handler = handler;
        HandledAt = handledAt;
    }

    public Guid EventId { get; private set; }

    public string Handler { get; private set; } = "";

    public DateTimeOffset HandledAt { get; private set; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("InboxMessages");
        builder.HasKey(m => new { m.EventId, m.Handler });
        builder.Property(m => m.Handler).HasMaxLength(300);
    }
}
