namespace BackOffice.Training.Domain;

/// <summary>How the exam of a course is taken: 85 % to pass by default, timed, a cool-down between tries, a limit on tries.</summary>
internal sealed record ExamRules(int QuestionsPerAttempt, decimal PassMark, TimeSpan TimeLimit, TimeSpan Cooldown, int MaxAttempts);
