namespace BackOffice.Training.Domain;

/// <summary>
/// A question of the bank. More than one correct option makes it a multiple-choice question. Options carry their
/// Chinese words where the trainer gave them (questions written before have none, and show the English options).
/// </summary>
internal sealed record Question(
    int Id, string TextEn, string TextZh, IReadOnlyList<string> Options, IReadOnlyList<int> Correct, IReadOnlyList<string>? OptionsZh = null)
{
    public bool IsMultipleChoice => Correct.Count > 1;

    public IReadOnlyList<Bilingual> Choices =>
        [.. Options.Select((en, i) => new Bilingual(en, OptionsZh is { } zh && i < zh.Count ? zh[i] : ""))];
}
