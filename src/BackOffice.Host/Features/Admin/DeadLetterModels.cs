using System.ComponentModel.DataAnnotations;
using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Host.Features.Admin;

/// <summary>An administrator gives up one dead letter, and says why (the audit trail keeps the reason).</summary>
public sealed class DiscardDeadLetterForm
{
    [Required]
    public string Module { get; set; } = "";

    public long Sequence { get; set; }

    [Required(ErrorMessage = "Say why the event is discarded; nothing was changed.")]
    [StringLength(OutboxMessage.DiscardReasonLength, ErrorMessage = "Say why in at most {1} characters; nothing was changed.")]
    public string Reason { get; set; } = "";
}
