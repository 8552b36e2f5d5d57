using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Exams;

internal sealed record QuestionView(int Id, string TextEn, string TextZh, IReadOnlyList<Bilingual> Options, bool IsMultipleChoice);
