namespace BackOffice.Training.Features.Home;

/// <summary>My training; <see cref="ManagesCourses"/> when I am a trainer, who also gets the links to courses and coverage.</summary>
internal sealed record MyTrainingView(
    IReadOnlyList<MyCourse> Courses, IReadOnlyList<MyCertification> Certifications, IReadOnlyList<NoticeLine> Notices)
{
    public bool ManagesCourses { get; init; }
}
