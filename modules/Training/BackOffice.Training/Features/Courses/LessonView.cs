namespace BackOffice.Training.Features.Courses;

public sealed record LessonView(string TitleEn, string TitleZh, string HtmlEn, string HtmlZh);
