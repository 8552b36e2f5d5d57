using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Training.Features.Certifications;

/// <summary>A trainer or compliance officer takes a collector off a channel, with a reason.</summary>
public sealed record SuspendCertificationCommand(Guid CertificationId, string Reason, string By) : ICommand;

public sealed record ReinstateCertificationCommand(Guid CertificationId, string By) : ICommand;

/// <summary>The daily run: expire what is due and warn collectors and trainers ahead of expiry.</summary>
public sealed record ExpireCertificationsCommand : ICommand<int>;

internal sealed class IsCollectorCertifiedHandler(TrainingDbContext db) : IQueryHandler<IsCollectorCertifiedQuery, bool>
{
    public async ValueTask<bool> Handle(IsCollectorCertifiedQuery query, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.AsNoTracking()
            .FirstOrDefaultAsync(c => c.StaffId == query.CollectorId && c.Channel == query.Channel, cancellationToken);
        return certification?.IsValidAt(query.At) == true;
    }
}

public sealed class CertificationHandlers(TrainingDbContext db, IOptions<TrainingPolicy> policy, IStaffDirectory staff, IExpiryMail mail, TimeProvider clock)
    : ICommandHandler<SuspendCertificationCommand>, ICommandHandler<ReinstateCertificationCommand>, ICommandHandler<ExpireCertificationsCommand, int>
{
    public async ValueTask<Unit> Handle(SuspendCertificationCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            throw RequestValidationException.For(nameof(command.Reason), "Say why the certification is suspended.");
        }

        var certification = await FindAsync(command.CertificationId, cancellationToken);
        certification.Suspend(command.Reason.Trim());
        db.Publish(new CertificationSuspendedIntegrationEvent(certification.Id, certification.StaffId, certification.Channel, certification.SuspensionReason!, command.By) { OccurredAt = clock.GetUtcNow() });
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ReinstateCertificationCommand command, CancellationToken cancellationToken)
    {
        var certification = await FindAsync(command.CertificationId, cancellationToken);
        certification.Reinstate(clock.GetUtcNow());
        db.Publish(new CertificationReinstatedIntegrationEvent(certification.Id, certification.StaffId, certification.Channel, command.By) { OccurredAt = clock.GetUtcNow() });
        return Unit.Value;
    }

    public async ValueTask<int> Handle(ExpireCertificationsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + policy.Value.WarningAhead;
        var candidates = await db.Certifications.Where(c => c.Status == CertificationStatus.Active && c.ExpiresAt <= horizon).ToListAsync(cancellationToken);
        var expired = 0;
        IReadOnlyList<StaffMember>? trainers = null;
        foreach (var certification in candidates)
        {
            if (certification.ExpireIfDue(now))
            {
                expired++;
                db.Publish(new CertificationExpiredIntegrationEvent(certification.Id, certification.StaffId, certification.Channel) { OccurredAt = now });
                var channel = Bilingual.Of(certification.Channel);
                db.Notices.Add(new Notice(certification.StaffId, new(
                    $"Your {channel.En} certification expired; you may not contact borrowers through this channel until you pass again.",
                    $"您的{channel.Zh}资质已过期;再次通过考试前不得通过此渠道联系借款人。"), now));
            }
            else if (certification.IsDueForWarning(now, policy.Value.WarningAhead))
            {
                certification.MarkWarned();
                var channel = Bilingual.Of(certification.Channel);
                var expires = certification.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var warning = $"The {channel.En} certification of {certification.StaffId} expires on {expires}; renew it before then.";
                db.Notices.Add(new Notice(certification.StaffId, new(
                    $"Your {channel.En} certification expires on {expires}; renew it before then.", $"您的{channel.Zh}资质将于 {expires} 到期;请在此之前续期。"), now));
                await mail.SendAsync(certification.StaffId, "Certification expiring", warning, cancellationToken);
                foreach (var trainer in trainers ??= await staff.InRoleAsync(StaffRoles.Trainer, cancellationToken))
                {
                    db.Notices.Add(new Notice(trainer.Id, new(warning, $"{certification.StaffId} 的{channel.Zh}资质将于 {expires} 到期;请在此之前续期。"), now));
                }
            }
        }

        return expired;
    }

    private async Task<Certification> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Certifications.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Certification");
}

/// <summary>Training's own audited action; grants, suspensions, reinstatements and expiries reach the trail as events.</summary>
public static class TrainingAudit
{
    public const string Enrolled = "training.enrolled";
}
