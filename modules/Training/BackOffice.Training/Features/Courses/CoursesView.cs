using BackOffice.BuildingBlocks.Web;

namespace BackOffice.Training.Features.Courses;

/// <summary>The course list, and the collectors a trainer may enrol on each course.</summary>
internal sealed record CoursesView(IReadOnlyList<CourseRow> Courses, IReadOnlyList<StaffMember> Collectors);
