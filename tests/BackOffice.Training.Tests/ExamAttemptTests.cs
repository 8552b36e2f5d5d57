using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Tests;

public sealed class ExamAttemptTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    internal static Course Course(int questions = 6)
    {
        var course = new Course(Guid.NewGuid(), "CONDUCT-CN", new Bilingual("Conduct", "行为规范"), ContactChannel.PhoneAndSms, isRemedial: false,
            new ExamRules(
                QuestionsPerAttempt: 4, PassMark: 0.85m, TimeLimit: TimeSpan.FromMinutes(20), Cooldown: TimeSpan.FromHours(24), MaxAttempts: 3));
        course.Publish([new Lesson("L", "L", "body", "body")],
            [.. Enumerable.Range(1, questions).Select(i => new Question(i, $"Q{i}", $"Q{i}", ["a", "b", "c"], i % 2 == 0 ? [1] : [0, 2]))], Now);
        return course;
    }

    internal static Dictionary<int, IReadOnlyCollection<int>> Right(ExamAttempt attempt, Course course) =>
        attempt.QuestionIds.ToDictionary(id => id, id => (IReadOnlyCollection<int>)course.Current.Questions.Single(q => q.Id == id).Correct.ToList());

    [Fact]
    public void An_attempt_draws_the_set_number_of_distinct_questions_from_the_current_version()
    {
        var course = Course();
        var attempt = ExamAttempt.Start(course, "c1", [], Now, new Random(7));

        Assert.Equal(4, attempt.QuestionIds.Distinct().Count());
        Assert.All(attempt.QuestionIds, id => Assert.Contains(course.Current.Questions, q => q.Id == id));
        Assert.Equal(Now.AddMinutes(20), attempt.Deadline);
    }

    [Fact]
    public void All_right_passes_and_one_wrong_of_four_fails_the_85_percent_mark()
    {
        var course = Course();
        var pass = ExamAttempt.Start(course, "c1", [], Now, new Random(1));
        pass.Submit(Right(pass, course), course, Now.AddMinutes(5));
        Assert.True(pass.Passed);
        Assert.Equal(1m, pass.Score);

        var fail = ExamAttempt.Start(course, "c2", [], Now, new Random(2));
        var answers = Right(fail, course);
        answers[fail.QuestionIds[0]] = [99];
        fail.Submit(answers, course, Now.AddMinutes(5));
        Assert.False(fail.Passed);
        Assert.Equal(0.75m, fail.Score);
    }

    [Fact]
    public void A_multiple_choice_question_needs_exactly_the_right_set()
    {
        var course = Course();
        var attempt = ExamAttempt.Start(course, "c1", [], Now, new Random(3));
        var answers = Right(attempt, course);
        var multiple = attempt.QuestionIds.First(id => id % 2 == 1);
        answers[multiple] = [0];

        attempt.Submit(answers, course, Now.AddMinutes(1));

        Assert.False(attempt.Passed);
    }

    [Fact]
    public void Answers_after_the_time_limit_time_out_and_score_nothing()
    {
        var course = Course();
        var attempt = ExamAttempt.Start(course, "c1", [], Now, new Random(1));

        attempt.Submit(Right(attempt, course), course, Now.AddMinutes(20).AddSeconds(1));

        Assert.True(attempt.TimedOut);
        Assert.False(attempt.Passed);
        Assert.Equal(0m, attempt.Score);
    }

    [Fact]
    public void Answers_at_the_deadline_still_count()
    {
        var course = Course();
        var attempt = ExamAttempt.Start(course, "c1", [], Now, new Random(1));

        attempt.Submit(Right(attempt, course), course, Now.AddMinutes(20));

        Assert.True(attempt.Passed);
    }

    [Fact]
    public void An_attempt_is_submitted_once()
    {
        var course = Course();
        var attempt = ExamAttempt.Start(course, "c1", [], Now, new Random(1));
        attempt.Submit(new Dictionary<int, IReadOnlyCollection<int>>(), course, Now.AddMinutes(1));

        Assert.Equal(
            "already-submitted",
            Assert.Throws<BusinessRuleException>(() => attempt.Submit(Right(attempt, course), course, Now.AddMinutes(2))).Code);
    }

    [Fact]
    public void The_next_attempt_waits_for_the_cool_down_to_the_second()
    {
        var course = Course();
        var failed = ExamAttempt.Start(course, "c1", [], Now, new Random(1));
        failed.Submit(new Dictionary<int, IReadOnlyCollection<int>>(), course, Now.AddMinutes(1));

        var justBefore = Now.AddMinutes(1).AddHours(24).AddSeconds(-1);
        Assert.Equal(
            "cool-down", Assert.Throws<BusinessRuleException>(() => ExamAttempt.Start(course, "c1", [failed], justBefore, new Random(1))).Code);
        Assert.NotNull(ExamAttempt.Start(course, "c1", [failed], Now.AddMinutes(1).AddHours(24), new Random(1)));
    }

    [Fact]
    public void After_the_last_allowed_attempt_no_more_are_given()
    {
        var course = Course();
        var attempts = new List<ExamAttempt>();
        var at = Now;
        for (var i = 0; i < 3; i++)
        {
            var attempt = ExamAttempt.Start(course, "c1", attempts, at, new Random(i));
            attempt.Submit(new Dictionary<int, IReadOnlyCollection<int>>(), course, at.AddMinutes(1));
            attempts.Add(attempt);
            at = at.AddDays(2);
        }

        Assert.Equal(
            "no-attempts-left", Assert.Throws<BusinessRuleException>(() => ExamAttempt.Start(course, "c1", attempts, at, new Random(9))).Code);
    }

    [Fact]
    public void An_attempt_is_scored_against_the_version_it_was_drawn_from()
    {
        var course = Course();
        var attempt = ExamAttempt.Start(course, "c1", [], Now, new Random(1));
        var answers = Right(attempt, course);
        course.Publish([new Lesson("L2", "L2", "new", "new")],
            [.. Enumerable.Range(1, 6).Select(i => new Question(i, $"Q{i}", $"Q{i}", ["a", "b", "c"], [2]))], Now.AddMinutes(1));

        attempt.Submit(answers, course, Now.AddMinutes(2));

        Assert.Equal(1, attempt.VersionNumber);
        Assert.True(attempt.Passed);
        Assert.Equal(2, course.Current.Number);
    }
}
