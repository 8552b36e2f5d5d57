using System.Text.RegularExpressions;

namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// What stands around a match in its sentence, to tell a collector's threat from a note that denies one ("told her we
/// will not contact her family"), reports the borrower's words ("客户说已经报警车被偷了", "borrower called me an
/// idiot") or records a lawful step with no plan or condition attached.
/// </summary>
internal static class MatchContext
{
    // Interpreted for the reason IntentRule.Of gives.
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // A negation within two words of the action, so "if you don't pay we will call your boss" still counts.
    private static readonly Regex EnglishNegation = new(
        @"(?:\b(?:not|never|no longer|nobody|no one|wont|dont|cant|didnt|wouldnt|shouldnt|mustnt|without|stop|stopped|avoid|refrain from)|n't)(?:\W+[\w']+){0,2}\W*$",
        Options);

    private static readonly Regex ChineseNegation = new(
        "(?:(?:不会|不要|不得|不能|不可|不准|不用|不必|禁止|绝不|绝对不|从不|从未|不再|没有|并未|严禁|切勿|不许|未曾|无意)[^，,。；;！!？?]{0,10}|[不没未别勿])$",
        Options);

    // The borrower or someone else is the one speaking or acting; a later "I told him" puts the collector back.
    private static readonly Regex Reported = new(
        @"(?:(?<!\b(?:told|tell|informed|warned|reminded|advised|asked|let|to|texted|called|that) (?:the )?)\b(?:borrower|bwr|borr|brwr|dbtr|cust|customer|client|debtor|caller|he|she|they|wife|husband|son|daughter|mother|father|brother|sister|relative|"
        + @"(?:his|her|the) \w+)\b[^.\n]{0,25}?\b(?:said|says|stated|claims?|claimed|mentioned|explained|told (?:me|us)|asked|complained|"
        + @"reported|alleged|insulted|swore|sweared|cursed|yelled|shouted|screamed|called (?:me|us)|threatened|admitted|confirmed|"
        + @"informed (?:me|us)|worried|fears?|feared|is afraid|was afraid|thinks|thought|believes?|plans?|planned|intends?|wants?|"
        + @"offered|promised|agreed|decided|hopes?|hoped|tried|tries)\b|"
        + @"(?<!\b(?:told|tell|informed|warned|reminded|advised|asked|let|to|texted|called|that) (?:the )?)\b(?:borrower|bwr|dbtr|cust|customer|client|debtor|wife|husband|son|daughter|mother|father)\b[^.\n]{0,15}?\b(?:will|'ll|would|can|could|"
        + @"is going to|was going to|is|was|has|had)\b|"
        + @"(?<![诉跟给和对问让叫知讲醒打找到系电帮替向户说胁])(?:客户|借款人|债务人|对方|本人|家属|他|她|其(?:妻|夫|家人|母|父)?)[^，,。；;！!？?]{0,6}?"
        + "(?:说|称|自述|自称|表示|反映|讲|告知|提到|声称|投诉|骂|辱骂|抱怨|承认|担心|害怕|怕|以为|觉得|问|要求|打算|准备|计划|会|要|想|已经|已|被|曾))",
        Options);

    private static readonly Regex CollectorSpeaks = new(
        @"(?:\b(?:i|we)\b[^.\n]{0,15}?\b(?:told|warned|said|reminded|informed|explained|replied|answered|threatened|made (?:it )?clear)\b|"
        + @"\b(?:told|warned|reminded|informed|advised|said to|texted|messaged|emailed|let) (?:the )?(?:him|her|them|borrower|bwr|borr|dbtr|debtor|cust|customer|client|mr\.? \w+|ms\.? \w+|mrs\.? \w+)\b|\bwarned\b|"
        + "(?:^|[，,：:])(?:说|讲|威胁|骂|电话里|电话中|微信|短信)|电话(?:里|中)(?:说|讲|告知)|(?:微信|短信)(?:发给|告诉|里说)|嘲笑|"
        + "(?:我|我们)[^，,。；;！!？?]{0,4}?(?:说|告诉|警告|提醒|通知|回复|回他|回她|回了|强调|威胁)|(?:告诉|告知|警告|提醒|跟|对|和|通知|让|叫|威胁|劝|建议)(?:他|她|客户|借款人|对方|[\\p{IsCJKUnifiedIdeographs}]{1,2}(?:先生|女士|小姐))(?:说|讲)?|"
        + "(?:我们|我司|咱们|我)(?:会|要|就|将|马上|明天|今晚)|"
        + @"\b(?:said|told|texted|threatened|informed|mentioned to|let \w+ know|sent (?:a |him a |her a )?text|left (?:a )?(?:vm|voicemail|msg|message))\b)",
        Options);

    private static readonly Regex Intent = new(
        @"(?:\b(?:will|shall|gonna|going to|about to|plan(?:ning)? to|intend|want to|wanna|would|could|might|may|can|if|unless|"
        + @"otherwise|or else|or we|or i|next|tomorrow|tonight|today|soon|until|till|let'?s|better|we'?re|i'?m|we are|"
        + @"every day|everyday|again|keep|plan|planning|thinking of|tmrw|tmr|tomorow|this week|this weekend|sat|sun|mon|tue|wed|thu|fri|"
        + @"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonite|asap|now)\b|'ll\b|'d\b|"
        + "[就会要将]|马上|立刻|立即|今晚|今天|明天|明早|后天|周末|下班|晚上|天天|每天|带人|派人|等着|准备|打算|计划|否则|不然|再不|如果|要是|不还|到时|一定|直接|亲自|让你|叫你|已经|现在)",
        Options);

    /// <summary>The sentence a match sits in, as [start, end) of the normalised text.</summary>
    public static (int Start, int End) SentenceAround(string text, int at)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(at - 1, 0)) + 1;
        var end = text.IndexOfAny(SentenceEnds, at);
        return (at == 0 ? 0 : start, end < 0 ? text.Length : end);
    }

    public static bool IsNegated(string text, int sentenceStart, int matchStart)
    {
        var before = text[Math.Max(sentenceStart, matchStart - 40)..matchStart];
        return EnglishNegation.IsMatch(before) || ChineseNegation.IsMatch(before);
    }

    /// <summary>The last word on who speaks before the match belongs to the borrower or someone else, not the collector.</summary>
    public static bool IsReported(string text, int sentenceStart, int matchStart)
    {
        var before = text[sentenceStart..matchStart];
        var reported = Reported.Matches(before).LastOrDefault();
        if (reported is null)
        {
            return false;
        }

        var collector = CollectorSpeaks.Matches(before).LastOrDefault();
        return collector is null || collector.Index + collector.Length <= reported.Index + reported.Length;
    }

    /// <summary>Whether the sentence gives the match the frame its rule needs (<see cref="RuleFrame"/>).</summary>
    public static bool Framed(IntentRule rule, string text, (int Start, int End) sentence, Match match)
    {
        var around = text[Math.Max(sentence.Start, match.Index - 60)..Math.Min(sentence.End, match.Index + match.Length + 20)];
        return rule.Frame switch
        {
            RuleFrame.Intent => Intent.IsMatch(around) || CollectorSpeaks.IsMatch(text[sentence.Start..match.Index]),
            RuleFrame.Contact => Contact.IsMatch(text[sentence.Start..sentence.End]),
            _ => true,
        };
    }

    /// <summary>
    /// A lawful setting the sentence names: a co-signer or authorised party may hear about the debt; an approved
    /// field visit after the notice may go to the home — unless the note says it was not approved; the borrower's own
    /// lawyer, a bankruptcy or a theft reported to the police are not legal threats.
    /// </summary>
    public static bool Excused(string category, string text, (int Start, int End) sentence)
    {
        var words = text[sentence.Start..sentence.End];
        return category switch
        {
            ScreeningCategory.ThirdParty => LawfulParty.IsMatch(words),
            ScreeningCategory.HomeOrWork => ApprovedVisit.IsMatch(words) && !UnapprovedVisit.IsMatch(words),
            ScreeningCategory.FakeLegal => LawfulProceeding.IsMatch(words) || (ApprovedVisit.IsMatch(words) && !UnapprovedVisit.IsMatch(words)),
            _ => false,
        };
    }

    private static readonly Regex Contact = new(
        @"\b(?:told|tell|telling|said|informed|inform|notified|left (?:a )?(?:msg|message|vm|voicemail|note)|called|call|calling|phoned|rang|"
        + @"emailed|e mailed|texted|messaged|dm'?d|posted|spoke|speak|talked|contacted|asked|explained|mentioned|reached|wrote|sent|"
        + @"will|'ll|gonna|going to)\b|"
        + "告知|告诉|说|讲|打电话|致电|打给|打到|打了|打客户|联系|群发|发消息|发短信|发信息|私信|通知|问|留言|转达|[就会要将]",
        Options);

    private static readonly Regex LawfulParty = new(
        @"\b(?:co ?signer|co ?borrower|co ?applicant|co ?buyer|guarantor|authori[sz]ed|poa|power of attorney|attorney|lawyer|"
        + @"third party authori[sz]ation|on the loan|on the account|joint)\b|共同借款人|共借人|担保人|授权|代理人|律师|共同还款人",
        Options);

    private static readonly Regex LawfulProceeding = new(
        @"\b(?:(?:his|her|their|(?:the )?(?:customer|borrower|bwr|cust|debtor|dbtr|client)'?s) (?:own )?(?:lawyer|attorney|counsel)|bankruptcy|"
        + @"police report|stolen|civil matter|legal aid)\b|(?:客户|借款人|其)(?:的)?(?:律师|代理人)|破产|被盗|被偷|报案回执|法律援助",
        Options);

    private static readonly Regex ApprovedVisit = new(
        @"\b(?:approved|approval|notice of intent|noi|field visit|repo agent|per policy|per procedure|scheduled visit)\b|审批|告知函|按规定|按流程|外访通知|意向通知|判决书|已判决|法务",
        Options);

    private static readonly Regex UnapprovedVisit = new(
        @"\b(?:not approved|unapproved|without approval|no approval|didn'?t (?:request|get|have) approval|not requested)\b|未审批|未经审批|没有审批|没审批|未报批",
        Options);

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '。', '！', '？', '；', '\n'];
}
