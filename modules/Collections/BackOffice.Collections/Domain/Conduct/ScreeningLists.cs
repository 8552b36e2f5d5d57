namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// Words that must not appear in a collector's note or message (section "Collections:Screening"): threats,
/// insults and banned practices (impersonating officials, fake blacklists, urging new borrowing, public
/// exposure), in Chinese and English. The lists are configuration; these defaults are a floor.
/// </summary>
internal sealed class ScreeningLists
{
    public const string SectionName = "Collections:Screening";

    public IList<string> Threats { get; set; } =
    [
        "kill you", "hurt you", "beat you", "break your", "you'll regret", "we know where you live",
        "弄死", "打死你", "砍你", "后果自负", "让你好看", "小心你的家人",
    ];

    public IList<string> Insults { get; set; } =
        ["idiot", "stupid", "loser", "deadbeat", "scum", "傻逼", "废物", "混蛋", "垃圾人", "不要脸"];

    public IList<string> BannedPractices { get; set; } =
    [
        "police will", "arrest you", "court summons", "blacklist", "take another loan", "borrow from friends", "post your name", "tell your employer",
        "警察会", "公安局", "法院传票", "黑名单", "以贷还贷", "借钱还", "曝光你", "通讯录",
    ];
}
