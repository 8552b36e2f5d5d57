using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Contracts;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.IntegrationEvents;

/// <summary>
/// An upheld complaint sends the collector back to school: enrolled on the remedial course and off the
/// channel until it is passed (domain: "an upheld complaint sends the collector back to remedial training").
/// </summary>
internal sealed class SendToRemedialTrainingOnComplaintUpheldHandler(TrainingDbContext context, IStaffDirectory staff, TimeProvider clock)
    : IntegrationEventHandler<ComplaintUpheldIntegrationEvent, TrainingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(ComplaintUpheldIntegrationEvent upheld, CancellationToken cancellationToken)
    {
        var now = upheld.OccurredAt;
        var channel = ChannelOf(upheld);
        var remedial = await Context.Courses.FirstOrDefaultAsync(c => c.IsRemedial, cancellationToken);
        if (remedial is not null)
        {
            var name = (await staff.FindAsync(upheld.CollectorId, cancellationToken))?.DisplayName ?? upheld.CollectorId;
            Context.Enrolments.Add(
                new Enrolment(remedial.Id, upheld.CollectorId, name, "compliance", $"remedial: complaint {upheld.ComplaintId}", now));
            var off = Bilingual.Of(channel);
            Context.Notices.Add(new Notice(upheld.CollectorId, new(
                $"A complaint was upheld; you are enrolled on {remedial.Title} and off {off.En} contact until you pass it.",
                $"一项投诉被认定成立;您已被安排参加「{remedial.Name.Chinese}」,通过前不得进行{off.Zh}联系。"), now));
        }

        var certification = await Context.Certifications
            .FirstOrDefaultAsync(c => c.StaffId == upheld.CollectorId && c.Channel == channel, cancellationToken);
        if (certification?.Status == CertificationStatus.Active)
        {
            certification.Suspend($"complaint {upheld.ComplaintId} upheld");
            Context.Publish(new CertificationSuspendedIntegrationEvent(
                certification.Id, certification.StaffId, channel, certification.SuspensionReason!, "compliance") { OccurredAt = now });
        }
    }

    /// <summary>
    /// The channels a complaint can name are the channels Training certifies; one Training does not know is a defect
    /// to surface (the delivery fails and is retried), not a complaint to pin on phone contact.
    /// </summary>
    private static ContactChannel ChannelOf(ComplaintUpheldIntegrationEvent upheld) => upheld.Channel switch
    {
        ComplaintChannel.PhoneAndSms => ContactChannel.PhoneAndSms,
        ComplaintChannel.Letters => ContactChannel.Letters,
        _ => throw new InvalidOperationException($"Complaint {upheld.ComplaintId} names an unknown contact channel '{upheld.Channel}'."),
    };
}
