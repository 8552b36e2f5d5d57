using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Courses;

/// <summary>
/// The lessons and question bank a trainer typed, published as the course's next version; what is wrong goes back
/// beside its field.
/// </summary>
internal static class CourseContent
{
    public static CourseVersion Publish(Course course, string? lessonsEn, string? lessonsZh, string? questionsText, DateTimeOffset at)
    {
        var (lessons, lessonProblem) = CourseText.ParseLessons(lessonsEn, lessonsZh);
        var (questions, questionProblem) = CourseText.ParseQuestions(questionsText);
        var errors = new Dictionary<string, string[]>();
        if (lessonProblem is not null)
        {
            errors["LessonsEn"] = [lessonProblem];
        }

        if (questionProblem is not null)
        {
            errors["Questions"] = [questionProblem];
        }
        else if (questions.Count < course.Rules.QuestionsPerAttempt)
        {
            errors["Questions"] = [$"The bank has {questions.Count} questions; an attempt draws {course.Rules.QuestionsPerAttempt}."];
        }

        return errors.Count > 0 ? throw new RequestValidationException(errors) : course.Publish(lessons, questions, at);
    }
}
