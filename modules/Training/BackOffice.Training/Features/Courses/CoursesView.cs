using BackOffice.BuildingBlocks.Web;

namespace BackOffice.Training.Features.Courses;

public sealed record CoursesView(IReadOnlyList<CourseRow> Courses, IReadOnlyList<StaffMember> Collectors, int? Enrolled);
