using BackOffice.BuildingBlocks.Web;

namespace BackOffice.Training.Features.Courses;

public sealed record CoursesViewModel(IReadOnlyList<CourseRow> Courses, IReadOnlyList<StaffMember> Collectors, int? Enrolled);
