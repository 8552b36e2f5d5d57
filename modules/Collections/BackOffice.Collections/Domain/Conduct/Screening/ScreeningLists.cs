namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// Phrases that flag wherever they stand (section "Collections:Screening"), one list per
/// <see cref="ScreeningCategory"/>, in Chinese and English, on top of the patterns of intent in
/// <see cref="EnglishRules"/> and <see cref="ChineseRules"/>. A phrase is compared after the same normalisation as the
/// text (case, full width, spacing), and a denial just before it ("we will never …") or the borrower's own words
/// still pass. The lists are configuration; these defaults are a floor that configuration adds to.
/// </summary>
internal sealed class ScreeningLists
{
    public const string SectionName = "Collections:Screening";

    public IList<string> Violence { get; set; } =
        ["kill you", "hurt you", "beat you", "break your", "you'll regret", "弄死", "打死你", "砍你", "后果自负", "让你好看", "小心你的家人"];

    public IList<string> HomeOrWork { get; set; } = ["we know where you live", "see you at your office", "上门讨债", "去你单位"];

    public IList<string> ThirdParty { get; set; } = ["tell your employer", "call your boss", "爆通讯录", "通知你领导"];

    public IList<string> FakeLegal { get; set; } =
        ["police will", "arrest you", "court summons", "blacklist", "警察会", "法院传票", "黑名单"];

    public IList<string> Shaming { get; set; } = ["post your name", "曝光你"];

    public IList<string> Insults { get; set; } = ["idiot", "stupid", "loser", "deadbeat", "scum", "傻逼", "废物", "混蛋", "垃圾人", "不要脸"];

    public IList<string> NewBorrowing { get; set; } = ["take another loan", "borrow from friends", "以贷还贷", "借钱还"];

    public IEnumerable<(string Category, IList<string> Phrases)> ByCategory() =>
    [
        (ScreeningCategory.Violence, Violence), (ScreeningCategory.HomeOrWork, HomeOrWork), (ScreeningCategory.ThirdParty, ThirdParty),
        (ScreeningCategory.FakeLegal, FakeLegal), (ScreeningCategory.Shaming, Shaming), (ScreeningCategory.Insult, Insults),
        (ScreeningCategory.NewBorrowing, NewBorrowing),
    ];
}
