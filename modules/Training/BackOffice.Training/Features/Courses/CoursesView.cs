using BackOffice.BuildingBlocks.Web;

namespace BackOffice.Training.Features.Courses;

/// <summary>The course list; <see cref="Enrolled"/> is how many the trainer's last enrolment added, when there was one.</summary>
internal sealed record CoursesView(IReadOnlyList<CourseRow> Courses, IReadOnlyList<StaffMember> Collectors)
{
    public int? Enrolled { get; init; }
}
