using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Features.Home;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Coverage;

/// <summary>Who holds which channel, who expires soon, and how courses are going.</summary>
internal sealed record CoverageQuery : IQuery<CoverageView>;

internal sealed class CoverageHandler(TrainingDbContext db, TimeProvider clock) : IQueryHandler<CoverageQuery, CoverageView>
{
    public async ValueTask<CoverageView> Handle(CoverageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var certifications = await db.Certifications.AsNoTracking().ToListAsync(cancellationToken);
        var names = await db.Enrolments.AsNoTracking()
            .GroupBy(e => e.StaffId)
            .Select(g => new { g.Key, Name = g.Max(e => e.StaffName) })
            .ToDictionaryAsync(x => x.Key, x => x.Name, cancellationToken);
        var people = certifications.GroupBy(c => c.StaffId).Select(g => g.Key).Union(names.Keys).Order()
            .Select(id => new CoverageRow(id, names.GetValueOrDefault(id) ?? id,
                certifications.Where(c => c.StaffId == id)
                    .ToDictionary(c => c.Channel, c => new MyCertification(c.Id, c.Channel, c.Status, c.ExpiresAt, c.SuspensionReason))))
            .ToList();
        var active = certifications.Where(c => c.IsValidAt(now)).ToList();
        var stats = await db.Courses.AsNoTracking().Select(c => new CourseStats(
            new Bilingual(c.Title, c.TitleZh),
            db.Enrolments.Count(e => e.CourseId == c.Id),
            db.Enrolments.Count(e => e.CourseId == c.Id && e.CompletedAt != null),
            db.ExamAttempts.Count(a => a.CourseId == c.Id && a.SubmittedAt != null),
            db.ExamAttempts.Count(a => a.CourseId == c.Id && a.Passed))).ToListAsync(cancellationToken);
        return new CoverageView(people,
            active.Count(c => c.ExpiresAt <= now.AddDays(30)),
            active.Count(c => c.ExpiresAt <= now.AddDays(60)),
            stats,
            Enum.GetValues<ContactChannel>().ToDictionary(ch => ch, ch => active.Count(c => c.Channel == ch)));
    }
}
