using BackOffice.Training.Domain;
using BackOffice.Training.Features.Home;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Coverage;

/// <summary>One person's training record: courses, every exam attempt and its score, certifications.</summary>
internal sealed record TranscriptQuery(string StaffId) : IQuery<Transcript>;

internal sealed class TranscriptHandler(TrainingDbContext db, ISender sender) : IQueryHandler<TranscriptQuery, Transcript>
{
    public async ValueTask<Transcript> Handle(TranscriptQuery query, CancellationToken cancellationToken)
    {
        var mine = await sender.Send(new MyTrainingQuery(query.StaffId), cancellationToken);
        var name = await db.Enrolments.Where(e => e.StaffId == query.StaffId).Select(e => e.StaffName).FirstOrDefaultAsync(cancellationToken)
            ?? query.StaffId;
        var attempts = await (from a in db.ExamAttempts.AsNoTracking()
                              join c in db.Courses.AsNoTracking() on a.CourseId equals c.Id
                              where a.StaffId == query.StaffId
                              orderby a.StartedAt
                              select new AttemptLine(
                                  new Bilingual(c.Title, c.TitleZh), a.VersionNumber, a.StartedAt, a.SubmittedAt, a.Score, a.Passed, a.TimedOut))
            .ToListAsync(cancellationToken);
        return new Transcript(name, mine.Courses, attempts, mine.Certifications);
    }
}
