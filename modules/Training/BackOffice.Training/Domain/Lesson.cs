namespace BackOffice.Training.Domain;

/// <summary>A lesson in both languages; the body is Markdown (headings, lists, links).</summary>
internal sealed record Lesson(string TitleEn, string TitleZh, string BodyEn, string BodyZh);
