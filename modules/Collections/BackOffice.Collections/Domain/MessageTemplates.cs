using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Collections.Domain;

/// <summary>
/// The only texts an SMS or letter may carry: approved templates, each followed by the borrower's rights notice
/// (how to stop contact, dispute the debt, complain) and, for SMS, the opt-out.
/// </summary>
internal static class MessageTemplates
{
    public const string NoticeOfIntent = "notice-of-intent";
    public const string Apology = "apology";
    public const string ValidationNotice = "validation-notice";
    public const string PromiseConfirmation = "promise-confirmation";
    public const string CeaseAcknowledgement = "cease-acknowledgement";
    public const string RightToCure = "right-to-cure";
    public const string NoticeOfSale = "notice-of-sale";

    public const string RightsEnglish =
        "You may ask us in writing to stop contacting you, dispute this debt, or complain to us or to the regulator; "
        + "we will never contact your family or employer about it.";

    public const string RightsChinese =
        "您可书面要求我们停止联系、对本债务提出异议，或向我们或监管机构投诉；"
        + "我们不会就此事联系您的家人或雇主。";

    public static readonly IReadOnlyList<MessageTemplate> All =
    [
        new("payment-reminder",
            "Dear {name}, the payment of {amount} on loan {loan} is overdue. Please pay or call us to talk about a plan that works for you.",
            "{name}您好，贷款 {loan} 的 {amount} 还款已逾期。请还款或致电我们，商量适合您的还款方案。"),
        new(PromiseConfirmation,
            "Dear {name}, thank you: we noted your promise to pay {amount} on loan {loan} by {date}.",
            "{name}您好，感谢您：我们已记录您承诺于 {date} 前为贷款 {loan} 还款 {amount}。"),
        new(Apology,
            "Dear {name}, we looked into your complaint {date} about loan {loan} and found that we fell short of how we must treat you. "
            + "We apologise; the collector concerned is being retrained.",
            "{name}您好，我们已核查您关于贷款 {loan} 的投诉 {date}，确认我们的做法未达到应有的标准。"
            + "我们向您致歉；相关催收员正在接受再培训。",
            MessagePurpose.ComplaintRemedy),
        new(ValidationNotice,
            "Dear {name}, this notice is about loan {loan}. As of {itemisationDate} you owed {owedAtItemisation}. "
            + "Between then and today you were charged {interest} in interest and {fees} in fees, and you paid or were credited {payments}. "
            + "Total amount of the debt now: {amount}. You may dispute all or part of this debt, "
            + "or ask for the name and address of the original creditor, by writing to us by {date}; "
            + "until we answer, we will stop collecting the part you dispute.",
            "{name}您好，本通知涉及贷款 {loan}。截至 {itemisationDate}，您欠款 {owedAtItemisation}。"
            + "自那时至今，产生利息 {interest}、费用 {fees}，您已还款或获得抵扣 {payments}。"
            + "目前债务总额：{amount}。您可在 {date} 前（含当日）书面对全部或部分债务提出异议，或要求提供原债权人的名称和地址；"
            + "在我们答复前，我们将停止催收有异议的部分。"),
        new(NoticeOfIntent,
            "Dear {name}, loan {loan} is seriously overdue ({amount}). "
            + "Unless it is paid or a plan agreed, we may visit from {date} and, with approval, repossess the vehicle.",
            "{name}您好，贷款 {loan} 严重逾期（{amount}）。"
            + "如未还款或未商定还款方案，我们可能自 {date} 起上门拜访，并经批准后收回车辆。"),
        new(CeaseAcknowledgement,
            "Dear {name}, as you asked, we have stopped our efforts to collect loan {loan} from you and will not contact you about it "
            + "again except to send notices the law allows or requires.",
            "{name}您好，按照您的要求，我们已停止就贷款 {loan} 向您催收，除法律允许或要求发送的通知外，不会再就此联系您。",
            MessagePurpose.CeaseAcknowledgement),
        new(RightToCure,
            "Dear {name}, notice of your right to cure: loan {loan} is in default. You may cure the default by paying {amount} by {date}; "
            + "if it is not cured, we may exercise the rights the loan agreement gives us, including repossessing the vehicle.",
            "{name}您好，补救权利通知：贷款 {loan} 已违约。您可在 {date} 前支付 {amount} 以补救违约；"
            + "如未补救，我们可能行使贷款合同赋予的权利，包括收回车辆。",
            MessagePurpose.RemedyMayBeInvoked),
        new(NoticeOfSale,
            "Dear {name}, notice of sale: the vehicle securing loan {loan} will be sold after {date}. "
            + "You may redeem it before the sale by paying {amount}; you are entitled to an accounting of any surplus or deficiency.",
            "{name}您好，出售通知：为贷款 {loan} 提供担保的车辆将于 {date} 之后出售。"
            + "出售前您可支付 {amount} 赎回车辆；您有权获得关于任何余额或差额的结算说明。",
            MessagePurpose.RemedyInvoked),
    ];

    /// <summary>
    /// The answer to a dispute (US: Reg F §1006.38(d)(2)(i), verification before collection resumes; CN: 异议处理 —
    /// the debt is checked and the borrower told before collection resumes). Sent only by the verify-dispute action,
    /// by letter, never from the ordinary template list, and still allowed after a cease request: it answers the
    /// borrower's own dispute.
    /// </summary>
    public static readonly MessageTemplate DisputeVerification = new(
        "dispute-verification",
        "Dear {name}, you disputed the debt on loan {loan}. We have checked it against the loan contract and the account: "
        + "on {date} the overdue amount is {amount}; the statement of the account is enclosed. "
        + "If you still believe it is wrong, write to us, or complain to the regulator.",
        "{name}您好，您对贷款 {loan} 的债务提出了异议。我们已根据借款合同和账户记录进行核实："
        + "截至 {date}，逾期金额为 {amount}；随函附上账户明细。"
        + "如您仍认为有误，请书面联系我们，或向监管机构投诉。");

    /// <summary>The template named may go out after a cease request (no template named: nothing may).</summary>
    public static bool IsAllowedAfterCease(string? key) => All.FirstOrDefault(t => t.Key == key) is { AllowedAfterCease: true };

    public static MessageTemplate Find(string key) =>
        All.FirstOrDefault(t => t.Key == key) ?? throw new BusinessRuleException("unknown-template", "Choose an approved template.");

    /// <summary>The text as sent: the template filled in, the rights notice after it, and for SMS the opt-out.</summary>
    public static string Render(MessageTemplate template, bool chinese, bool sms, IReadOnlyDictionary<string, string> values)
    {
        var text = chinese ? template.Chinese : template.English;
        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        var rights = chinese ? RightsChinese : RightsEnglish;
        var optOut = sms ? (chinese ? " 回复 TD 退订。" : " Reply STOP to opt out of SMS.") : "";
        return $"{text} {rights}{optOut}";
    }
}
