using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using BackOffice.BuildingBlocks.DemoData;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.DemoData;

/// <summary>Lays the demo courses when there are none (Development seed only).</summary>
internal sealed class TrainingDemoData(TrainingDbContext db, TimeProvider clock) : IDemoData
{
    private static readonly ExamRules Standard = new(
        QuestionsPerAttempt: 4, PassMark: 0.85m, TimeLimit: TimeSpan.FromMinutes(20), Cooldown: TimeSpan.FromHours(24), MaxAttempts: 3);

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await db.Courses.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (code, title, channel, remedial, lessons, questions) in Catalogue)
        {
            // A copy each: EF tracks an owned value by reference, so one shared instance would belong to one course only.
            var course = new Course(Guid.CreateVersion7(), code, title, channel, remedial, Standard with { }, AlsoCertified(code));
            course.Publish(lessons, questions, now);
            db.Courses.Add(course);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The CN conduct course teaches the letters a CN collector sends (notice of intent, apology) and certifies them.</summary>
    private static ContactChannel[] AlsoCertified(string code) => code == "CONDUCT-CN" ? [ContactChannel.Letters] : [];

    /// <summary>A question; each option is "English|中文".</summary>
    private static Question Q(int id, string en, string zh, string[] options, params int[] correct) =>
        new(id, en, zh, [.. options.Select(o => o.Split('|')[0])], correct, [.. options.Select(o => o.Split('|').ElementAtOrDefault(1) ?? "")]);

    private static readonly
        (string Code, Bilingual Title, ContactChannel Channel, bool Remedial, Lesson[] Lessons, Question[] Questions)[] Catalogue =
    [
        ("CONDUCT-CN", new("Collection conduct and the law (CN)", "催收行为规范与法律(中国)"), ContactChannel.PhoneAndSms, false,
        [
            new("Hours and frequency", "时间与频次",
                "## When you may call\n\n- Not between **22:00 and 08:00** in the borrower's local time, unless they agreed to the time.\n"
                + "- At most **3 connected calls** a day per debtor, all collectors together.\n"
                + "- At most **6 dial attempts** a day to one number when unanswered.\n\nSee the [CBA guideline](https://www.china-cba.net/).",
                "## 何时可以联系\n\n- 借款人当地时间 **22:00 至 08:00** 不得催收,除非借款人同意。\n"
                + "- 每位债务人每天 **接通不超过 3 次**(所有催收员合计)。\n"
                + "- 未接通时同一号码每天 **拨打不超过 6 次**。"),
            new("What is never allowed", "绝对禁止的行为",
                "- Impersonating police, courts or officials\n- Threats, insults, violence\n- Fake \"blacklists\", public notices\n"
                + "- Urging new borrowing to repay",
                "- 冒充公检法或政府人员\n- 威胁、辱骂、暴力\n- 虚假\"黑名单\"、公开曝光\n- 诱导借新还旧"),
        ],
        [
            Q(1, "May you call at 22:30 borrower time without their agreement?", "未经借款人同意,可以在其当地时间 22:30 致电吗?",
                ["Yes|是", "No|否"], 1),
            Q(2, "How many connected calls per debtor per day at most?", "每位债务人每天最多接通几次?",
                ["1", "3", "6", "No limit|不限"], 1),
            Q(3, "Which are banned?", "以下哪些被禁止?",
                ["Impersonating police|冒充警察", "Sending the rights notice|发送权利告知",
                    "Threatening the borrower|威胁借款人", "Urging new borrowing|诱导借新还旧"],
                0, 2, 3),
            Q(4, "May you tell the borrower's employer about the debt?", "可以告诉借款人的雇主其欠款情况吗?",
                ["Yes|是", "No|否"], 1),
            Q(5, "Dial attempts to one unanswered number per day at most?", "同一未接通号码每天最多拨打几次?", ["3", "6", "10"], 1),
        ]),
        ("CONDUCT-US", new("Collection conduct and the law (US, Regulation F)", "催收行为规范与法律(美国联邦 F 条例)"),
            ContactChannel.Letters, false,
        [
            new("Times, frequency and the validation notice", "时间、频次与债务确认通知",
                "- No contact before **08:00** or after **21:00** at the consumer's location.\n"
                + "- More than **7 calls in 7 days**, or a call within 7 days of a conversation, is presumed harassment (§1006.14(b)).\n"
                + "- Send the **validation notice** within 5 days of the first communication.",
                "- 消费者所在地 **08:00 前或 21:00 后** 不得联系。\n"
                + "- **7 天内超过 7 次** 致电,或通话后 7 天内再次致电,推定为骚扰(§1006.14(b))。\n"
                + "- 首次沟通后 5 天内发出 **债务确认通知**。"),
        ],
        [
            Q(1, "May you call at 21:30 consumer time?", "可以在消费者当地时间 21:30 致电吗?", ["Yes|是", "No|否"], 1),
            Q(2, "Calls in 7 days before harassment is presumed?", "7 天内超过几次致电推定为骚扰?", ["3", "7", "10"], 1),
            Q(3, "A written cease request means…", "书面停止联系请求意味着…",
                ["contact stops|停止联系", "call once more|再打一次"], 0),
            Q(4, "The validation notice is due within…", "债务确认通知须在…内发出", ["5 days|5 天", "30 days|30 天"], 0),
        ]),
        ("FIELD-VISITS", new("Field visits", "外访"), ContactChannel.FieldVisit, false,
        [
            new("Two collectors, never inside", "两人同行,不入户",
                "A home visit needs **at least two certified collectors**. You never enter the home.",
                "上门拜访须 **至少两名持证催收员**,不得进入住宅。"),
        ],
        [
            Q(1, "How many certified collectors must go on a home visit?", "上门拜访至少需要几名持证催收员?", ["1", "2", "3"], 1),
            Q(2, "May you enter the home if the door is open?", "门开着时可以进入住宅吗?", ["Yes|是", "No|否"], 1),
            Q(3, "Who approves repossession?", "谁批准收车?",
                ["The collector|催收员", "A collections manager|催收经理", "The dealer|经销商"], 1),
            Q(4, "A neighbour asks why you are there. You…", "邻居询问来意时,你应该…",
                ["Explain the debt|解释欠款", "Say it is a private matter|说明是私事"], 1),
        ]),
        ("HARDSHIP", new("Hardship counselling", "困难客户辅导"), ContactChannel.HardshipCare, false,
        [
            new("Plans that help", "有帮助的还款方案",
                "Offer what the borrower can keep: **defer** installments to the end, **re-amortise** overdue principal, "
                + "or **extend** the term. Collection stops while a plan is in force.",
                "提供借款人能坚持的方案:**延期**至期末、**重新摊还**逾期本金或 **延长** 期限。"
                + "方案生效期间暂停催收。"),
        ],
        [
            Q(1, "While a repayment plan is in force, collection…", "还款方案生效期间,催收…", ["continues|继续", "stops|暂停"], 1),
            Q(2, "Which are plan types?", "以下哪些是方案类型?",
                ["Deferral|延期", "Re-amortisation|重新摊还", "Term extension|延长期限", "Doubling the rate|利率翻倍"], 0, 1, 2),
            Q(3, "A plan above the set limits needs…", "超出限额的方案需要…", ["nothing more|无需其他", "approval|审批"], 1),
            Q(4, "The first question to ask is…", "首先要了解的是…",
                ["what the borrower can afford|借款人能负担多少", "when the borrower gets paid a bonus|借款人何时发奖金"], 0),
        ]),
        ("DEESCALATION-REMEDIAL", new("Communication and de-escalation (remedial)", "沟通与情绪缓和(补训)"),
            ContactChannel.PhoneAndSms, true,
        [
            new("Listen first", "先倾听",
                "Let the borrower speak; name the feeling; offer the next concrete step. Never raise your voice.",
                "让借款人先说;说出对方的感受;提出下一步的具体做法。绝不提高音量。"),
        ],
        [
            Q(1, "The borrower shouts. You…", "借款人大声喊叫时,你应该…",
                ["shout back|大声回应", "stay calm and listen|保持冷静并倾听"], 1),
            Q(2, "A good close of a call is…", "好的通话结尾是…", ["a concrete next step|具体的下一步", "a warning|警告"], 0),
            Q(3, "May you insult a borrower who insulted you?", "借款人辱骂你时,你可以回骂吗?", ["Yes|是", "No|否"], 1),
            Q(4, "When the borrower asks you to stop calling in writing…", "借款人书面要求停止致电时…",
                ["ignore it|不予理会", "record it and stop|记录并停止"], 1),
        ]),
    ];
}
