using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct.Screening;

namespace BackOffice.Collections.Tests.Screening;

public sealed class LanguageScreenTests
{
    private static readonly ScreeningLists Lists = new();
    private static readonly bool[] Both = [false, true];

    private static IReadOnlyList<ScreeningFlag> Screen(string note) => LanguageScreen.Check(note, Lists);

    [Fact]
    public void The_issue_note_is_flagged_for_the_boss_the_relatives_the_flat_and_the_workplace_in_both_languages()
    {
        var flags = Screen("we will call his boss and his relatives, and come to his flat tonight. 不还钱就去你单位找你领导");

        Assert.Contains(flags, f => f is { Category: ScreeningCategory.ThirdParty } && f.Term.Contains("call his boss", StringComparison.Ordinal));
        Assert.Contains(flags, f => f is { Category: ScreeningCategory.ThirdParty } && f.Term.Contains("relatives", StringComparison.Ordinal));
        Assert.Contains(flags, f => f is { Category: ScreeningCategory.HomeOrWork } && f.Term.Contains("come to his flat", StringComparison.Ordinal));
        Assert.Contains(flags, f => f is { Category: ScreeningCategory.HomeOrWork, Term: "去你单位" });
        Assert.Contains(flags, f => f is { Category: ScreeningCategory.ThirdParty, Term: "找你领导" });
    }

    [Theory]
    [InlineData("If he doesn't pay by Friday we'll break his legs.")]
    [InlineData("Told her something bad might happen to her kids.")]
    [InlineData("再不还钱，小心你的腿")]
    [InlineData("找人收拾你")]
    public void Threat_violence_rule_flags_harm_and_veiled_threats(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.Violence);

    [Theory]
    [InlineData("Told him we're gonna sit outside his office until he pays.")]
    [InlineData("If you don't pay, we will show up at your house tonight.")]
    [InlineData("明天带人上门找他")]
    [InlineData("不还就天天去他公司堵他")]
    public void Threat_home_or_work_rule_flags_a_plan_to_come_to_the_home_or_workplace(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.HomeOrWork);

    [Theory]
    [InlineData("Told him we will let his neighbours know he owes us.")]
    [InlineData("Your employer will hear about this by Monday.")]
    [InlineData("再不还就打电话给你所有的亲戚")]
    [InlineData("明天爆你通讯录")]
    public void Third_party_disclosure_rule_flags_telling_employers_relatives_or_contacts(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.ThirdParty);

    [Theory]
    [InlineData("Said the p.o.l.i.c.e are on their way to arrest him.")]
    [InlineData("Told him he will go to jail for fraud.")]
    [InlineData("不还钱就报警抓你，你这是诈骗罪")]
    [InlineData("我们是法院的，下周给你发传票")]
    public void Fake_legal_rule_flags_police_arrest_and_lawsuit_threats(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.FakeLegal);

    [Theory]
    [InlineData("We'll post his photo on Facebook so everyone sees.")]
    [InlineData("Said we'd name and shame him.")]
    [InlineData("把你的照片发到小区群里")]
    [InlineData("让全村都知道你欠钱不还")]
    public void Shaming_rule_flags_exposure_in_public(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.Shaming);

    [Theory]
    [InlineData("Told him he is a worthless piece of trash.")]
    [InlineData("What a m0r0n")]
    [InlineData("你就是个老赖")]
    [InlineData("傻 逼")]
    public void Insult_rule_flags_demeaning_words_after_normalising_spelling_tricks(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.Insult);

    [Theory]
    [InlineData("Told him to borrow the money from his parents and pay today.")]
    [InlineData("Suggested he take out a payday loan to clear it.")]
    [InlineData("可以找你朋友借点钱先还上")]
    [InlineData("去网上撸口子还我们")]
    public void New_borrowing_rule_flags_urging_the_borrower_to_borrow_elsewhere(string note) =>
        Assert.Contains(Screen(note), f => f.Category == ScreeningCategory.NewBorrowing);

    [Theory]
    [InlineData("Borrower said his employer pays on the 15th.")]
    [InlineData("Told her we will not contact her family.")]
    [InlineData("客户说已经报警车被偷了")]
    [InlineData("Borrower insulted me, I stayed calm.")]
    [InlineData("Borrower called me an idiot; I ended the call politely.")]
    [InlineData("客户骂我是骗子，我保持礼貌")]
    [InlineData("我们不会联系您的家人或单位")]
    [InlineData("Borrower promised 2000 on Friday; polite call.")]
    [InlineData("Borrower will borrow from his brother to pay next week.")]
    [InlineData("客户表示会找朋友借钱还款")]
    [InlineData("Visited the home with the approved notice; nobody answered.")]
    [InlineData("The closer at the dealership confirmed the vehicle's location.")]
    public void Denials_reports_and_lawful_steps_pass(string note) => Assert.Empty(Screen(note));

    [Theory]
    [InlineData("ＰＯＬＩＣＥ ＷＩＬＬ come", ScreeningCategory.FakeLegal)]
    [InlineData("We will call your b-o-s-s tomorrow", ScreeningCategory.ThirdParty)]
    [InlineData("不還錢就去你單位", ScreeningCategory.HomeOrWork)]
    [InlineData("you are a l0ser", ScreeningCategory.Insult)]
    public void Full_width_spacing_leetspeak_and_traditional_spellings_are_screened_as_plain_text(string note, string category) =>
        Assert.Contains(Screen(note), f => f.Category == category);

    [Fact]
    public void A_flag_quotes_the_collectors_own_words()
    {
        var flag = Assert.Single(Screen("Borrower was rude. Then I said: We Will Call Your BOSS!"));

        Assert.Equal(ScreeningCategory.ThirdParty, flag.Category);
        Assert.Equal("Call Your BOSS", flag.Term);
    }

    [Fact]
    public void A_phrase_added_in_configuration_is_flagged()
    {
        var lists = new ScreeningLists { Shaming = ["wanted poster"] };

        Assert.Contains(LanguageScreen.Check("We printed a Wanted  Poster of him", lists), f => f is { Category: ScreeningCategory.Shaming });
    }

    [Fact]
    public void Every_approved_template_passes_the_screen_in_both_languages()
    {
        var values = new Dictionary<string, string> { ["name"] = "Li Wei", ["loan"] = "LN-1", ["amount"] = "2,474.69", ["date"] = "2026-12-08" };

        var flagged = MessageTemplates.All
            .SelectMany(t => Both.SelectMany(chinese => Both.Select(sms => MessageTemplates.Render(t, chinese, sms, values))))
            .Where(text => Screen(text).Count > 0);

        Assert.Empty(flagged);
    }

    [Theory]
    [InlineData(93, 100)]
    [InlineData(94, 100)]
    [InlineData(92, 99)]
    public void A_flags_rule_fits_the_100_characters_Compliance_stores(int termLength, int ruleLength) =>
        Assert.Equal(ruleLength, new ScreeningFlag(ScreeningCategory.Insult, new string('x', termLength)).Rule.Length);
}
