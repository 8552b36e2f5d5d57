using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Home;

internal sealed record MyTrainingQuery(string StaffId) : IQuery<MyTrainingView>;

internal sealed class MyTrainingHandler(TrainingDbContext db) : IQueryHandler<MyTrainingQuery, MyTrainingView>
{
    public async ValueTask<MyTrainingView> Handle(MyTrainingQuery query, CancellationToken cancellationToken)
    {
        var courses = await (from e in db.Enrolments.AsNoTracking()
                             join c in db.Courses.AsNoTracking() on e.CourseId equals c.Id
                             where e.StaffId == query.StaffId
                             orderby e.EnrolledAt descending
                             select new MyCourse(c.Id, new Bilingual(c.Title, c.TitleZh), c.Channel, e.CompletedAt != null, e.Reason))
            .ToListAsync(cancellationToken);
        var certifications = await db.Certifications.AsNoTracking().Where(c => c.StaffId == query.StaffId)
            .Select(c => new MyCertification(c.Id, c.Channel, c.Status, c.ExpiresAt, c.SuspensionReason)).ToListAsync(cancellationToken);
        var notices = await db.Notices.AsNoTracking().Where(n => n.StaffId == query.StaffId).OrderByDescending(n => n.CreatedAt).Take(20)
            .Select(n => new NoticeLine(n.CreatedAt, new Bilingual(n.Text, n.TextZh))).ToListAsync(cancellationToken);
        return new MyTrainingView(courses, certifications, notices);
    }
}
