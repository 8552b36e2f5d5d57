namespace BackOffice.Training.Features.Courses;

internal sealed record LessonView(string TitleEn, string TitleZh, string HtmlEn, string HtmlZh);
