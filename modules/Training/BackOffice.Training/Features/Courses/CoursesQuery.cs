using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

/// <summary>The trainers' course list, with the collectors they may enrol.</summary>
internal sealed record CoursesQuery : IQuery<CoursesView>;

internal sealed class CoursesHandler(TrainingDbContext db, IStaffDirectory staff) : IQueryHandler<CoursesQuery, CoursesView>
{
    public async ValueTask<CoursesView> Handle(CoursesQuery query, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return new CoursesView(
            [.. courses.Select(c => new CourseRow(c.Id, c.Code, c.Name, c.Channel.ToString(), c.AlsoCertifies.Select(a => a.ToString()).ToList(), c.IsRemedial, c.Current.Number))],
            await staff.InRoleAsync(StaffRoles.Collector, cancellationToken));
    }
}
