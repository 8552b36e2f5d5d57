using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Reporting;

/// <summary>Training's part of the regulator report.</summary>
internal sealed class CoverageFiguresHandler(TrainingDbContext db, IStaffDirectory staff) : IQueryHandler<CoverageFiguresQuery, CoverageFigures>
{
    public async ValueTask<CoverageFigures> Handle(CoverageFiguresQuery query, CancellationToken cancellationToken)
    {
        var collectors = (await staff.InRoleAsync(StaffRoles.Collector, cancellationToken)).Select(c => c.Id).ToList();
        var certifications = await db.Certifications.AsNoTracking().Where(c => collectors.Contains(c.StaffId)).ToListAsync(cancellationToken);
        var remedial = await (from e in db.Enrolments
                              join c in db.Courses on e.CourseId equals c.Id
                              where c.IsRemedial && e.CompletedAt >= query.From && e.CompletedAt < query.To
                              select e.Id).CountAsync(cancellationToken);
        return new CoverageFigures(
            collectors.Count,
            Enum.GetValues<ContactChannel>().ToDictionary(
                channel => channel.ToString(),
                channel => certifications
                    .Where(c => c.Channel == channel && c.Status == CertificationStatus.Active && c.ExpiresAt > query.To)
                    .Select(c => c.StaffId).Distinct().Count()),
            certifications.Count(c => c.ExpiresAt >= query.From && c.ExpiresAt < query.To),
            certifications.Count(c => c.Status == CertificationStatus.Suspended),
            remedial);
    }
}
