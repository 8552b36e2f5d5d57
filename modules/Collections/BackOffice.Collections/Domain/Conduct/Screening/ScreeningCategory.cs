namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// What a flagged note or message does to the borrower, as Compliance reads it (the first part of a violation's rule,
/// "category:words"). US: FDCPA §§805, 806, 807 and Reg F §§1006.14, 1006.18; CN: the banned practices of the
/// CBA collection guideline the CN pack follows.
/// </summary>
internal static class ScreeningCategory
{
    /// <summary>Violence or harm to the borrower, their family or property (FDCPA §806(1); 暴力、恐吓).</summary>
    public const string Violence = "threat-violence";

    /// <summary>Coming to the home or workplace to press for payment (FDCPA §805(a)(3); 上门骚扰、到单位催收).</summary>
    public const string HomeOrWork = "threat-home-or-work";

    /// <summary>Telling or threatening to tell employers, relatives, neighbours or contacts (FDCPA §805(b); 骚扰无关第三人、爆通讯录).</summary>
    public const string ThirdParty = "third-party-disclosure";

    /// <summary>Arrest, jail, police, lawsuits or blacklists the collector cannot bring (FDCPA §807(4),(5); 冒充公检法、虚假诉讼威胁).</summary>
    public const string FakeLegal = "fake-legal";

    /// <summary>Exposing the borrower in public (FDCPA §806(3),(4); 曝光、公开羞辱).</summary>
    public const string Shaming = "shaming";

    /// <summary>Obscene, profane or demeaning words (FDCPA §806(2); 侮辱、谩骂).</summary>
    public const string Insult = "insult";

    /// <summary>Pressing the borrower to borrow elsewhere to pay (CN: 诱导借新还旧、以贷还贷).</summary>
    public const string NewBorrowing = "new-borrowing";

    public static readonly IReadOnlyList<string> All = [Violence, HomeOrWork, ThirdParty, FakeLegal, Shaming, Insult, NewBorrowing];
}
