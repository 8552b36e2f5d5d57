using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Training.Features.ExpireCertifications;

/// <summary>The daily run: expire what is due and warn collectors and trainers ahead of expiry.</summary>
internal sealed record ExpireCertificationsCommand : ICommand<int>;

internal sealed class ExpireCertificationsHandler(
    TrainingDbContext db, IOptions<TrainingPolicy> policy, IStaffDirectory staff, IExpiryMail mail, TimeProvider clock)
    : ICommandHandler<ExpireCertificationsCommand, int>
{
    public async ValueTask<int> Handle(ExpireCertificationsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + policy.Value.WarningAhead;
        var candidates = await db.Certifications
            .Where(c => c.Status == CertificationStatus.Active && c.ExpiresAt <= horizon)
            .ToListAsync(cancellationToken);
        var expired = 0;
        IReadOnlyList<StaffMember>? trainers = null;
        foreach (var certification in candidates)
        {
            if (certification.ExpireIfDue(now))
            {
                expired++;
                db.Publish(new CertificationExpiredIntegrationEvent(certification.Id, certification.StaffId, certification.Channel)
                {
                    OccurredAt = now,
                });
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
                    $"Your {channel.En} certification expires on {expires}; renew it before then.",
                    $"您的{channel.Zh}资质将于 {expires} 到期;请在此之前续期。"), now));
                await mail.SendAsync(certification.StaffId, "Certification expiring", warning, cancellationToken);
                foreach (var trainer in trainers ??= await staff.InRoleAsync(StaffRoles.Trainer, cancellationToken))
                {
                    db.Notices.Add(new Notice(trainer.Id, new(
                        warning,
                        $"{certification.StaffId} 的{channel.Zh}资质将于 {expires} 到期;请在此之前续期。"), now));
                }
            }
        }

        return expired;
    }
}
