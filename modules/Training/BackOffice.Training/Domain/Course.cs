using BackOffice.Training.Contracts;

namespace BackOffice.Training.Domain;

/// <summary>A course and its exam rules. Its content lives in versions; certificates name the version they were earned on.</summary>
internal sealed class Course
{
    private readonly List<CourseVersion> versions = [];

    private Course()
    {
    }

    public Course(
        Guid id, string code, Bilingual title, ContactChannel channel, bool isRemedial, ExamRules rules, IEnumerable<ContactChannel>? alsoCertifies = null)
    {
        Id = id;
        Code = code;
        Title = title.En;
        TitleZh = title.Zh;
        Channel = channel;
        IsRemedial = isRemedial;
        Rules = rules;
        AlsoCertifies = [.. (alsoCertifies ?? []).Where(c => c != channel).Distinct().Order()];
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The title in Chinese; empty when the trainer gave none (the English title is shown).</summary>
    public string TitleZh { get; private set; } = "";

    public Bilingual Name => new(Title, TitleZh);

    /// <summary>The channel a pass certifies.</summary>
    public ContactChannel Channel { get; private set; }

    /// <summary>
    /// Other channels the course teaches and a pass certifies too: the CN conduct course covers the letters it
    /// teaches, so a CN collector needs no US course to send a notice of intent.
    /// </summary>
    public IReadOnlyList<ContactChannel> AlsoCertifies { get; private set; } = [];

    /// <summary>Every channel a pass certifies.</summary>
    public IEnumerable<ContactChannel> Certifies => [Channel, .. AlsoCertifies];

    /// <summary>Remedial courses are where an upheld complaint sends a collector back to.</summary>
    public bool IsRemedial { get; private set; }

    public ExamRules Rules { get; private set; } = null!;

    public IReadOnlyList<CourseVersion> Versions => versions;

    public CourseVersion Current => versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException($"Course {Code} has no version.");

    public CourseVersion Publish(IReadOnlyList<Lesson> lessons, IReadOnlyList<Question> questions, DateTimeOffset at)
    {
        if (questions.Count < Rules.QuestionsPerAttempt)
        {
            throw new ArgumentException($"The bank needs at least {Rules.QuestionsPerAttempt} questions.", nameof(questions));
        }

        var version = new CourseVersion(Id, versions.Count + 1, lessons, questions, at);
        versions.Add(version);
        return version;
    }
}
