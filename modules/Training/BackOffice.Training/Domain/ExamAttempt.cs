using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Training.Domain;

/// <summary>
/// One sitting of an exam: the questions drawn for it, its deadline, and — once submitted, only once — its
/// score. Scoring happens here on the server; the page never carries the answers.
/// </summary>
internal sealed class ExamAttempt : IVersioned
{
    private ExamAttempt()
    {
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid CourseId { get; private set; }

    public int VersionNumber { get; private set; }

    public string StaffId { get; private set; } = "";

    public IReadOnlyList<int> QuestionIds { get; private set; } = [];

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public decimal? Score { get; private set; }

    public bool Passed { get; private set; }

    public bool TimedOut { get; private set; }

    public bool IsOpen => SubmittedAt is null;

    /// <summary>Starts a sitting if the course's rules allow one now, drawing the questions at random.</summary>
    public static ExamAttempt Start(Course course, string staffId, IReadOnlyList<ExamAttempt> earlier, DateTimeOffset now, Random random)
    {
        var rules = course.Rules;
        var finished = earlier.Where(a => !a.IsOpen).OrderBy(a => a.SubmittedAt).ToList();
        if (finished.Any(a => a.Passed))
        {
            throw new BusinessRuleException("already-passed", "This exam is already passed.");
        }

        if (finished.Count >= rules.MaxAttempts)
        {
            throw new BusinessRuleException("no-attempts-left", $"All {rules.MaxAttempts} attempts are used; a trainer must enrol you again.");
        }

        if (finished.LastOrDefault() is { } last && now < last.SubmittedAt!.Value + rules.Cooldown)
        {
            var opens = last.SubmittedAt.Value + rules.Cooldown;
            throw new BusinessRuleException("cool-down", $"The next attempt opens at {opens.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        }

        var version = course.Current;
        var drawn = version.Questions.OrderBy(_ => random.Next()).Take(rules.QuestionsPerAttempt).Select(q => q.Id).ToList();
        return new ExamAttempt
        {
            Id = Guid.CreateVersion7(),
            CourseId = course.Id,
            VersionNumber = version.Number,
            StaffId = staffId,
            QuestionIds = drawn,
            StartedAt = now,
            Deadline = now + rules.TimeLimit,
        };
    }

    /// <summary>Scores the answers (question id → chosen options). Late answers score nothing: the attempt timed out.</summary>
    public void Submit(IReadOnlyDictionary<int, IReadOnlyCollection<int>> answers, Course course, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("already-submitted", "This attempt was already submitted.");
        }

        SubmittedAt = now;
        if (now > Deadline)
        {
            TimedOut = true;
            Score = 0m;
            Passed = false;
            return;
        }

        var bank = course.Versions.Single(v => v.Number == VersionNumber).Questions.ToDictionary(q => q.Id);
        var right = QuestionIds.Count(id => answers.TryGetValue(id, out var chosen) && chosen.Order().SequenceEqual(bank[id].Correct.Order()));
        Score = Math.Round((decimal)right / QuestionIds.Count, 4, MidpointRounding.ToEven);
        Passed = Score >= course.Rules.PassMark;
    }
}
