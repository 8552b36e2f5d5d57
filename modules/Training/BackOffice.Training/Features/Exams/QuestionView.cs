using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Exams;

public sealed record QuestionView(int Id, string TextEn, string TextZh, IReadOnlyList<Bilingual> Options, bool IsMultipleChoice);
