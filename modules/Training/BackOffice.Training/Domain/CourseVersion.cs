namespace BackOffice.Training.Domain;

internal sealed class CourseVersion
{
    private CourseVersion()
    {
    }

    public CourseVersion(Guid courseId, int number, IReadOnlyList<Lesson> lessons, IReadOnlyList<Question> questions, DateTimeOffset publishedAt)
    {
        CourseId = courseId;
        Number = number;
        Lessons = lessons;
        Questions = questions;
        PublishedAt = publishedAt;
    }

    public Guid CourseId { get; private set; }

    public int Number { get; private set; }

    public IReadOnlyList<Lesson> Lessons { get; private set; } = [];

    public IReadOnlyList<Question> Questions { get; private set; } = [];

    public DateTimeOffset PublishedAt { get; private set; }
}
