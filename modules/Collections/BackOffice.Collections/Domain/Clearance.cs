using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// The guard's answer to one request: allowed (single use, expiring) or blocked with every rule in words. A
/// manager may override a block with a written reason; the clearance then allows the contact, on record.
/// </summary>
internal sealed class Clearance : IVersioned
{
    private Clearance()
    {
    }

    public Clearance(Guid loanId, ContactRequest request, IReadOnlyList<Refusal> refusals, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        CollectorId = request.CollectorId;
        Party = request.Party;
        ThirdPartyId = request.ThirdPartyId;
        Method = request.Method;
        Destination = request.Destination;
        PlannedAt = request.PlannedAt;
        SecondCollectorId = request.SecondCollectorId;
        Purpose = request.Purpose;
        TemplateKey = request.TemplateKey;
        IssuedAt = issuedAt;
        ExpiresAt = (request.PlannedAt > issuedAt ? request.PlannedAt : issuedAt) + lifetime;
        Refusals = [.. refusals];
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid LoanId { get; private set; }

    public string CollectorId { get; private set; } = "";

    public Party Party { get; private set; }

    public Guid? ThirdPartyId { get; private set; }

    public ContactMethod Method { get; private set; }

    public string Destination { get; private set; } = "";

    public DateTimeOffset PlannedAt { get; private set; }

    public string? SecondCollectorId { get; private set; }

    public ContactPurpose Purpose { get; private set; }

    /// <summary>The template a message clearance was asked for, when one was named: only that template may then be sent.</summary>
    public string? TemplateKey { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public IReadOnlyList<Refusal> Refusals { get; private set; } = [];

    public DateTimeOffset? UsedAt { get; private set; }

    public string? OverriddenBy { get; private set; }

    public string? OverrideReason { get; private set; }

    public bool Allowed => Refusals.Count == 0 || OverriddenBy is not null;

    public void Override(string manager, string reason, DateTimeOffset now, TimeSpan lifetime)
    {
        if (Refusals.Count == 0 || OverriddenBy is not null)
        {
            throw new BusinessRuleException("nothing-to-override", "Only a blocked request can be overridden, once.");
        }

        if (Refusals.FirstOrDefault(r => !ConductGuard.MayBeOverridden(r.Rule)) is { } binding)
        {
            throw new BusinessRuleException(
                "not-overridable", $"No one may override \"{binding.Rule}\": it is the borrower's right or the law, not a limit.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("override-reason-missing", "An override needs a written reason.");
        }

        if (string.Equals(manager, CollectorId, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("own-override", "A manager cannot override their own request.");
        }

        OverriddenBy = manager;
        OverrideReason = reason.Trim();
        ExpiresAt = now + lifetime;
    }

    /// <summary>Spends the clearance on the contact it allowed; it cannot be spent twice, late, or by someone else.</summary>
    public void Use(string collectorId, DateTimeOffset now)
    {
        if (!Allowed)
        {
            throw new BusinessRuleException("clearance-blocked", "The guard blocked this contact; it cannot be logged as made.");
        }

        if (UsedAt is not null)
        {
            throw new BusinessRuleException("clearance-used", "This clearance was already used; ask the guard again.");
        }

        if (now > ExpiresAt)
        {
            throw new BusinessRuleException("clearance-expired", "This clearance expired; ask the guard again.");
        }

        if (!string.Equals(collectorId, CollectorId, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("clearance-not-yours", "This clearance was given to another collector.");
        }

        UsedAt = now;
    }
}
