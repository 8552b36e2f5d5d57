namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>The English patterns of intent, over lower-case normalised text.</summary>
internal static class EnglishRules
{
    private const string Whose = @"(?:your|ur|yer|his|her|their|(?:the )?(?:borrower|bwr|borr|dbtr|cust|customer|client|debtor)'?s)";

    private const string Debt =
        @"(?:owes?|owed|owing|past due|overdue|default\w*|behind|delinquen\w*|skip\w*|doesn'?t pay|does not pay|hasn'?t paid|has not paid|"
        + @"not paying|won'?t pay|never pays|charged off|charge ?off|avoiding|dodging|arrears|late on|missed (?:payments?|pmts?)|unpaid|debt|"
        + @"non ?payer|deadbeat|amt|amount due|balance)";

    private const string Relations =
        @"(?:boss|employer|manager|supervisor|hr|payroll|colleagues?|co ?workers?|workmates?|relatives?|parents?|mum|mom|mother|dad|father|"
        + @"wife|husband|spouse|girlfriend|boyfriend|family|kids|children|son|daughter|brothers?|sisters?|siblings?|in ?laws?|mother in law|"
        + @"uncle|aunt|cousins?|grandparents?|grandma|grandmother|neighbou?rs?|neighbor|friends?|contacts?|pastor|landlord|teachers?|"
        + @"references?|team|teammates|company|workplace|front desk|receptionist|switchboard|group chat|church|roommates?|ex ?wife|ex|"
        + @"grandson|granddaughter|nephew|niece|fianc[eé]e?|flatmates?|tenants?|coach|priest|union rep|foreman|shift (?:lead|supervisor)|"
        + @"dispatcher|business partner|his clients|her clients|customers|co ?tenant|in laws)";
    private const string Gap = @"(?:\W+[\w']+){0,4}?\W+";

    private const string Place =
        @"(?:home|house|flat|apartment|apt|place|door|doorstep|front door|porch|yard|driveway|work|workplace|office|job|job ?site|"
        + @"work ?site|factory|shop|store|school|kids'? school|company|building|unit|compound|neighbou?rhood|street|dorm|lobby|gate|"
        + @"desk|restaurant|farm|garage|church|gym|parents'? (?:house|home|place)|mum'?s|mom'?s|warehouse|plant|jobsite|parking lot|"
        + @"hospital|break room|shift|gym|salon|store|clinic|site|kids'? school|daycare)";

    private const string People =
        @"(?:boss|bosses|employer|employers|manager|supervisor|hr|human resources|payroll|colleagues?|co ?workers?|workmates?|"
        + @"relatives?|relations|parents?|mum|mom|mother|dad|father|wife|husband|spouse|partner|girlfriend|boyfriend|family|"
        + @"kids|children|son|daughter|brothers?|sisters?|siblings?|in ?laws?|uncle|aunt|cousins?|grandparents?|neighbou?rs?|"
        + @"friends?|contacts?|contact list|phone ?book|address book|church|pastor|landlord|teachers?|references?|"
        + @"emergency contacts?|whole (?:family|office|street|building|town|village)|everyone|everybody|facebook friends)";

    public static readonly IReadOnlyList<IntentRule> All =
    [
        IntentRule.Of(ScreeningCategory.Violence, "harm to a person",
            @"\b(?:kill|murder|stab|shoot|strangle|hang|cut|burn|hurt|beat|punch|slap|smack|kick|rough up|beat up|break|smash|snap|torch|strangle)\s+(?:you|u|ya|him|her|them|(?:your|his|her|their) (?:\w+ )?(?:legs?|arms?|fingers?|hands?|knees?|kneecaps?|bones?|neck|face|jaw|teeth|head|skull|ribs|windows?|car|door|windshield|house|home|place|kids?|family|wife|husband|son|daughter))\b"),
        IntentRule.Of(ScreeningCategory.Violence, "a veiled threat",
            @"\b(?:(?:you|he|she|they)(?:'ll| will| would| are going to| is going to| gonna)? regret|watch (?:your|his|her|ur) back|something (?:bad|terrible|nasty|unfortunate) (?:will|might|could|may|is going to|gonna|would) happen|(?:might|could|would|may) (?:have|get|meet|suffer) (?:an? )?(?:little |nasty |unfortunate )?(?:accident|mishap)|we know where (?:you|he|she|they|your \w+|his \w+) (?:live|lives|work|works|sleep|sleeps|go|goes)|(?:you'?re|you are|he'?s|he is) (?:dead|finished|done for)|the hard way|pay (?:with|in) blood|end up in (?:the )?(?:hospital|morgue|a wheelchair)|body ?bag|(?:would be|be) a (?:shame|pity) if|not (?:be )?safe|(?:safety|well ?being) of (?:your|his|her)|send (?:some )?(?:guys|boys|men|people|someone) (?:round|over|to)|set fire|blow up|with a (?:knife|gun|bat|baseball bat)|(?:grab|take) (?:your|his|her) (?:kids|children|son|daughter))"),

        IntentRule.Of(ScreeningCategory.HomeOrWork, "plan to go to the home or workplace",
            @"\b(?:come|coming|came round|go|going|show(?:ing)? up|turn(?:ing)? up|drop(?:ping)? by|stop(?:ping)? by|pop(?:ping)? (?:by|round)|swing(?:ing)? by|visit(?:ing)?|sit(?:ting)?|wait(?:ing)?|camp(?:ing)?|park(?:ing)?|knock(?:ing)?|bang(?:ing)?|hammer(?:ing)?|be|stand(?:ing)?|appear|pay (?:you|him|her|them) a visit|find (?:you|him|her|them)|confront\w*|corner\w*|stay(?:ing)?|drive out|pull (?:him|her) off)"
            + Gap + "(?:" + Whose + "|the)" + @"\s+(?:[\w']+\s+)?" + Place + @"\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.HomeOrWork, "already at the door",
            @"\b(?:we'?re|we are|we'?ll be|we will be|i'?m|i am|i'?ll be|(?:our|my) (?:guys|agents?|team|people|field (?:guy|agent|team))(?: is| are|'s|'re| will be)?) (?:\w+ ){0,2}?(?:outside|at|in front of|by|near|waiting (?:at|outside|by|in)) (?:your|ur|his|her|their|the) (?:\w+ )?" + Place + @"\b"),
        IntentRule.Of(ScreeningCategory.HomeOrWork, "at the door until paid",
            @"\b(?:outside|in front of|at|on) (?:your|ur|his|her|their) (?:\w+ )?(?:door|doorstep|house|home|flat|apartment|office|work|workplace|job|gate)\b[^.\n]{0,40}\b(?:until|till|every day|all day|all night|day and night|each day|tonight|tomorrow)\b"),

        IntentRule.Of(ScreeningCategory.ThirdParty, "plan to tell the people around them",
            @"\b(?:call(?:ing)?|phone|phoning|ring(?:ing)?|tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|contact(?:ing)?|text(?:ing)?|message|messaging|e ?mail(?:ing)?|whatsapp|wechat|let|write to|writing to|speak to|speaking to|talk to|talking to|reach out to|get in touch with|go to|going to|visit|report (?:you |him |her |it |this )?to|explain (?:this |it )?to|send (?:it |this |a letter |letters )?to|involve|bring in|alert|warn|show)" + Gap + @"(?:" + Whose + @"\s+(?:[\w']+\s+)?|all (?:of )?(?:your|his|her) |everyone in (?:your|his|her) )" + People
                + @"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:" + Whose + @"\s+)?" + People + @")*\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.ThirdParty, "the people around them will hear",
            @"\b" + Whose + @"\s+(?:\w+\s+)?" + People + @"\s+(?:will|'ll|is going to|are going to|gonna|would|should|needs? to|must|might|may|deserves? to)\s+(?:\w+\s+)?(?:hear|know|find out|learn|get (?:a call|calls|a letter|a visit|told)|be (?:told|informed|called|contacted|notified|hearing|getting)|receive)"),
        IntentRule.Of(ScreeningCategory.ThirdParty, "told the people around them about the debt",
            @"\b(?:called|phoned|rang|told|informed|notified|contacted|texted|messaged|emailed|e mailed|wrote to|spoke to|spoke with|talked to|visited|went to|alerted|warned)\s+(?:[\w']+\s+){0,2}?" + Whose + @"\s+(?:[\w']+\s+)?" + People + @"\b[^.\n]{0,60}?\b(?:debt|debts|owes?|owing|owed|loan|overdue|arrears|behind on|late|default|missed|not paying|won'?t pay|doesn'?t pay|deadbeat)"),

        IntentRule.Of(ScreeningCategory.Violence, "harm spelled out",
            @"\b(?:get (?:\w+ )?(?:hurt|knocked out|beaten|roughed up|smacked)|teeth knocked|(?:baseball )?bat\b|tire iron|brick through|crowbar|"
            + @"slash\w* (?:\w+ )?tires|tires? slashed|go missing|take care of (?:him|you|her)|with (?:their|our|my) fists|fists|catch (?:you|him|her|u) alone|"
            + @"drag (?:you|him|her) out|end up in the (?:er|hospital)|hurting people|bad things (?:tend to |will |might |could )?happen|torch\w*|"
            + @"throw \w+ (?:\w+ )?through|burn (?:it|that|the) \w+|break (?:some )?bones|broken (?:legs?|arms?|bones)|sleep with one eye open|"
            + @"look over (?:your|his|her) shoulder|lucky (?:i'?m|we'?re) (?:on the phone|not there)|pay a visit (?:to )?(?:your|his|her) (?:kids|family|wife))"),

        IntentRule.Of(ScreeningCategory.FakeLegal, "police or arrest",
            @"\b(?:(?:police|cops?|sheriff|officers?|detectives?|marshals?|fbi|authorities|law enforcement)(?:\W+[\w']+){0,3}?\W+(?:will|'ll|are going to|is going to|gonna|coming|come|on (?:their|the|its) way|arrest|pick (?:you|him|her) up|knock|show up|at your door|take (?:you|him|her)|be (?:called|involved|notified|informed|contacted|there|waiting))|arrest(?:ed)?|jail(?:ed)?|prison|locked up|lock (?:you|him|her|them) up|behind bars|handcuff(?:ed|s)?|criminal (?:charges?|case|record|complaint|proceedings|offen[cs]e|investigation)|press(?:ing)? charges|warrant (?:for|out|issued)|arrest warrant|fraud (?:charges?|case|investigation)|charged with (?:fraud|theft)|prosecut\w+|deport\w*)\b", RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.FakeLegal, "lawsuit or court the collector cannot bring",
            @"\b(?:(?:sue|suing|sued) (?:you|him|her|them)|(?:take|taking|drag|dragging) (?:you|him|her|them) to court|see (?:you|him|her) in court|court (?:summons|order against)|(?:law ?suit|legal action|legal proceedings|lawyers?|attorneys?) (?:against|after|on) (?:you|him|her)|served (?:with|by) (?:a )?(?:summons|subpoena)|garnish\w* (?:your|his|her) (?:wages?|salary|pay)|seize (?:your|his|her) (?:house|home|property|assets|wages?|salary|bank)|(?:we are|i am|i'm|this is|we're|pretend(?:ed|ing)? to be|posing as|posed as) (?:from )?(?:the |a |an )?(?:police|court|sheriff|officer|detective|law enforcement|lawyer|attorney|judge|government|bailiff|marshal)|blacklist\w*|black list|ruin (?:your|his|her) credit|(?:your|his|her) credit (?:will be|is) (?:ruined|destroyed))\b"),

        IntentRule.Of(ScreeningCategory.FakeLegal, "crime, court or officials invented",
            @"\b(?:fbi|police department|sheriff'?s? (?:office|department)|state police|officer \w+|federal (?:crime|offen[cs]e)|crime|criminal|"
            + @"grand theft|theft|do time|doing time|serve time|bench warrant|warrant|judge|judgment|garnish\w*|lien|process server|be served|get served|"
            + @"filed (?:suit|a suit|a case|charges|a complaint)|case (?:#|no|number)|court|legal department|freeze (?:all )?(?:his|your|her) (?:bank )?accounts?|"
            + @"visa (?:cancell?ed|revoked)|immigration|deport\w*|repossess (?:your|his|her) (?:house|home)|seize (?:your|his|her) (?:house|home|wages|accounts))\b",
            RuleFrame.Intent),

        IntentRule.Of(ScreeningCategory.ThirdParty, "the people around them told of the debt",
            @"\b" + Relations + @"\b[^.;!?\n]{0,80}?\b(?<!\b(?:no|not|without|never|didn'?t mention(?: the)?|no mention of(?: the)?) )" + Debt + @"\b", RuleFrame.Contact),
        IntentRule.Of(ScreeningCategory.ThirdParty, "a group or page of theirs told",
            @"\b(?:(?:his|her|your|their|the) (?:\w+ )?(?:team|group chat|wechat|whatsapp group|family chat|company'?s? (?:general )?inbox|inbox|company)|everyone in (?:his|her|your)|whole \w+ team)\b[^.;!?\n]{0,60}?\b(?:find out|know|hear|learn|about)\b",
            RuleFrame.Intent),

        IntentRule.Of(ScreeningCategory.Shaming, "posting them in public",
            @"\b(?:post|posting|put|putting|share|sharing|spread|spreading|publish|publishing|plaster|plastering|upload|uploading|print|printing|hang|hanging|stick|sticking|broadcast)\w*\s+(?:[\w']+\s+){0,3}?(?:your|ur|his|her|their)\s+(?:\w+\s+)?(?:name|names|photo|photos|picture|pictures|pic|pics|face|debt|details|id|number|address|story)\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.Shaming, "exposing or shaming them",
            @"\b(?:expose|exposing|name and shame|shame (?:you|him|her|them)|publicly shame|humiliate|humiliating|embarrass (?:you|him|her|them)|out (?:you|him|her) to|wall of shame|deadbeat list|(?:on|onto|to) (?:facebook|social media|instagram|twitter|tiktok|wechat moments|weibo|the internet|the news|a billboard|posters?|flyers?)|(?:posters?|flyers?|leaflets?|signs?) (?:with|of|about|around|on|at) (?:your|his|her)|(?:everyone|everybody|the whole (?:\w+)|all (?:your|his|her) \w+|the neighbou?rs|(?:your|his|her) (?:friends|neighbou?rs|colleagues)) (?:will|'ll|is going to|are going to|gonna|would|should|must|shall) (?:\w+ )?(?:know|see|find out|hear|learn))\b"),

        IntentRule.Of(ScreeningCategory.Shaming, "public pages and notices",
            @"\b(?:public (?:notice|post|list)|tag (?:him|her|them) in|linkedin|nextdoor|google review|review on|(?:our|the company) website|radio|billboard|"
            + @"newspaper|comment on (?:his|her|their)|list of (?:non ?payers|deadbeats|debtors)|fraudster|every (?:house|door|neighbou?r) on|"
            + @"(?:his|her|your) (?:name|photo|picture|face) (?:will be|is going|goes|'ll be) (?:up|on|in|out|posted|everywhere))\b", RuleFrame.Intent),

        IntentRule.Of(ScreeningCategory.Insult, "insulting words",
            @"\b(?:idiots?|stupid|moron(?:s|ic)?|losers?|deadbeats?|scum(?:bags?)?|bitch(?:es)?|bastards?|ass ?holes?|arse ?holes?|f[u*]ck\w*|f\*+\w*|sh[i*]t\w*|s\*+t|crap|worthless|pathetic|low ?lifes?|parasites?|dumb\w*|retard\w*|cockroach(?:es)?|leech(?:es)?|freeloaders?|crooks?|cheats?|cheaters?|bums?|vermin|clowns?|imbeciles?|dimwits?|scroungers?|spongers?|good for nothing|piece of (?:sh\w*|crap|work|garbage|trash)|(?:you|such a|a|what a) (?:liar|thief|pig|dog|rat|snake|trash|garbage|joke|disgrace|failure|waste of space)|useless (?:person|man|woman|guy|bum|piece|human|idiot|loser)|(?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)) (?:so |such a |a |an )?(?:useless|liar|thief|pig|animal|disgrace|joke|failure|shameless)|shameless|disgusting|go to hell|waste of (?:oxygen|space|air|skin)|b\*+tch|b\*+stard|(?:you'?re|you are|he'?s|he is|she'?s|she is) (?:\w+ )?(?:garbage|trash|scum|filth|nothing|subhuman|an animal|a parasite|a leech|a bum)|drop dead|screw you|shut up|jerk|prick|douche\w*)\b"),

        IntentRule.Of(ScreeningCategory.NewBorrowing, "borrowing from others to pay",
            @"\b(?:borrow|borrowing|get|getting|take|taking|ask|asking|beg|begging)\s+(?:out\s+)?(?:[\w']+\s+){0,3}?(?:money|cash|it|some|the rest|funds)?\s*(?:from|off)\s+(?:your|ur|his|her|their|a|an|some|the)?\s*(?:\w+\s+)?(?:friends?|family|relatives?|parents?|mum|mom|dad|mother|father|brothers?|sisters?|boss|employer|colleagues?|co ?workers?|neighbou?rs?|loan sharks?|payday (?:lender|loan)s?|lenders?|another (?:lender|bank|app|company)|someone|anyone|anybody|whoever)\b"),
        IntentRule.Of(ScreeningCategory.NewBorrowing, "other credit to pay",
            @"\b(?:401 ?k|bnpl|buy now pay later|pawn\w*|title loan|payday loans?|payday lenders?|credit card|cash advance|loan in (?:her|his|their) name|go borrow|borrow it|"
            + @"hit up|ask (?:your|his|her) (?:\w+ )?(?:friends|family|parents|mom|dad|girlfriend|boyfriend|brother|sister|boss) for (?:the )?(?:money|cash|a loan)|"
            + @"take (?:a|another) loan|(?:apply|applying) for (?:a |another )?(?:loan|card)|retirement|klarna|afterpay|affirm|cash app borrow|overdraft)\b",
            RuleFrame.Intent),

        IntentRule.Of(ScreeningCategory.NewBorrowing, "a new loan or card to pay",
            @"\b(?:(?:take|taking|get|getting|apply(?:ing)? for|open|opening|find|use|using|put it on)\s+(?:out\s+)?(?:a\s+|an\s+|your\s+|his\s+|her\s+)?(?:another|new|second|payday|cash|title|personal|quick|online|instant|short ?term|credit card|high interest)\s*(?:loan|advance|credit card|card|lender)?s?|max(?:ing)? out|cash advance|loan sharks?|payday (?:loan|lender)s?|sell (?:your|his|her) (?:kidney|blood|organs?|house|home|belongings|jewel\w*|furniture|wedding ring)|pawn (?:your|his|her|something|it)|(?:borrow|loan) (?:more|again) to pay|new loan to pay|refinance (?:elsewhere|with another))\b"),
        IntentRule.Of(ScreeningCategory.Violence, "violent words in a collector's mouth",
            @"\b(?:harm|injur\w*|bleed\w*|beating|pound (?:him|you|her)|whack|kneecap\w*|knife|knives|gun|guns|bullet|shoot|acid|bury|choke|wheelchair|"
            + @"wreck (?:his|her|your)|vandali[sz]\w*|key (?:his|her|your) car|rough (?:him|her|you|them) up|teach (?:him|her|you|them) a lesson|deal with (?:him|her|you) (?:ourselves|personally|our way)|"
            + @"settle (?:this|it) outside|hands on|muscle|goons?|thugs?|enforcers?|lose a (?:finger|tooth|hand)|make (?:him|her|you) disappear|disappear|pay for this|"
            + @"the old way|old school way|sleep well|careful out there|watch (?:out|yourself)|(?:his|her|your) (?:safety|kids'? safety))\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.HomeOrWork, "turning up in person",
            @"\b(?:knock(?:ing)? on (?:his|her|your|the) door|camp(?:ing)? out|stake(?:ing)? out|staking out|in person at|face to face at|drop(?:ping)? in (?:at|on)|"
            + @"pull (?:him|her) out of|at (?:his|her|your) (?:job|work|door|house|home|office|workplace)|(?:show|turn)(?:ing)? up (?:at|on)|come (?:by|over|round|around)|"
            + @"(?:waiting|wait) (?:for (?:him|her|you) )?(?:outside|downstairs|at the (?:door|gate|entrance|lobby))|parked outside|on (?:his|her|your) doorstep)\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.ThirdParty, "plan to reach anyone who knows them",
            @"\b(?:call|phone|ring|tell|inform|notify|contact|text|message|email|visit|warn|alert|reach)\w*\s+(?:the|every|all|each|any of|all of)\s+(?:\w+\s+)?"
            + Relations + @"\b|\btell everyone\b|\bwhoever (?:answers|picks up)\b|\b(?:his|her|your) (?:people|circle|network)\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.FakeLegal, "legal words in a collector's mouth",
            @"\b(?:felony|misdemeanou?r|indict\w*|levy|subpoena\w*|summons|legal action|sued|lawsuit|law suit|lawyers?|attorneys?|"
            + @"license (?:suspended|revoked|taken)|passport|irs|ice|credit (?:ruined|destroyed|bureau)|authorities|cops|police|sheriff|marshal|"
            + @"fraud|criminal|handcuffs?|cuffs|locked up|do time|serve time|behind bars|record for life|permanent record)\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.Shaming, "public exposure words",
            @"\b(?:facebook|social media|instagram|twitter|tiktok|publicly|in public|announce\w*|broadcast|embarrass\w*|humiliat\w*|"
            + @"flyers?|posters?|signs? (?:on|at|outside)|billboard|newspaper|whole town|whole street|whole neighbou?rhood|everyone (?:he|she) knows|"
            + @"his reputation|her reputation|name (?:out there|everywhere|public))\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.Insult, "the collector swore or mocked",
            @"\b(?:called (?:him|her|them|the (?:borrower|customer|debtor|client)|bwr|dbtr|cust|mr\.? \w+|ms\.? \w+|mrs\.? \w+) (?:a|an)\b|"
            + @"swore at (?:him|her|them)|cursed (?:at )?(?:him|her|them)|mocked|mocking|ridicul\w*|made fun of|laughed at (?:him|her|them)|"
            + @"yelled at (?:him|her|them)|screamed at (?:him|her|them)|lazy|fool|bozo|slob|degenerate|low class|ghetto|white trash|con artist|animal|leech|rat)\b"),
        IntentRule.Of(ScreeningCategory.NewBorrowing, "borrow anywhere to pay",
            @"\b(?:borrow(?:ing|ed|s)?|lend (?:him|her|you) (?:the )?money|line of credit|heloc|refinanc\w+|get the money from|find the money|raise the money|"
            + @"ask (?:\w+ )?(?:family|friends|relatives|parents|mom|dad|mother|father|brother|sister|girlfriend|boyfriend|boss|church) (?:for|to (?:lend|cover|pay|help))|"
            + @"sell (?:his|her|your|something|stuff|things)|steal)\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.Violence, "harm, weapons and being watched",
            @"\b(?:ambulance|morgue|bleed|blood|in pain|fall down (?:the )?stairs|rearrange (?:his|her|your) face|fix (?:his|her|your) face|black eye|"
            + @"hammer|pipe|axe|pistol|rifle|shotgun|trigger|gasoline|lighter|explode|bomb|kidnap\w*|take (?:his|her|your) (?:kid|kids|child|son|daughter)|"
            + @"(?:which|what) school (?:his|her|your) kids?|walks? alone|dark alley|we'?re watching|eyes on (?:you|him|her)|following (?:him|her|you)|tail (?:him|her|you)|"
            + @"know (?:where|what time) (?:his|her|your) (?:kids|wife|husband|family|daughter|son)|physical(?:ly)?|violen\w+|weapon)\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.HomeOrWork, "unannounced or at night",
            @"\b(?:surprise visit|unannounced|without notice|come knocking|drive by (?:his|her|your|the) (?:house|home|place|work)|sit in (?:the|his|her|your) lobby|"
            + @"(?:at|in the) (?:middle of the )?night|late at night|early (?:in the )?morning|at (?:5|6|11|12) ?(?:am|pm))\b",
            RuleFrame.Intent),
        IntentRule.Of(ScreeningCategory.Shaming, "pictures and boards",
            @"\b(?:wanted poster|mugshot|(?:his|her|your) (?:photo|picture|pic|face|video)|livestream|upload|bulletin board|community board|reddit|youtube|"
            + @"whatsapp status|marketplace|craigslist|shame list|neighbou?rhood app|church bulletin|local paper)\b",
            RuleFrame.Intent),
    ];
}
