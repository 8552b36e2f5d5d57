namespace BackOffice.Collections.Domain;

/// <summary>
/// One act on a choice: when, which member of staff recorded it, and how the borrower told us. Choices kept before
/// the history have <see cref="BeforeHistory"/> as recorder and an unknown channel, and no date when none was kept
/// (opt-outs, time windows, third parties' refusals).
/// </summary>
internal sealed record ChoiceAct(DateTimeOffset? At, string By, ChoiceChannel How)
{
    public const string BeforeHistory = "before-history";
}
