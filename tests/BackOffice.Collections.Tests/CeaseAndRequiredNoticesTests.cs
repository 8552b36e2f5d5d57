using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>
/// After a cease request (Reg F §1006.6(c); the house holds the CN pack to the same): only a letter carrying a notice the
/// law allows or requires — the cease acknowledgement, a right-to-cure notice, a notice of sale — is cleared.
/// </summary>
public sealed class CeaseAndRequiredNoticesTests
{
    private static readonly DateTimeOffset Ceased = At("2026-12-10 09:00");

    private static GuardFacts CeasedFacts(string zone = Shanghai) =>
        Facts(zone, new BorrowerChoices(CeaseRequestedAt: Ceased));

    private static ContactRequest Letter(DateTimeOffset at, string? template) =>
        new("c1", Party.Debtor, null, ContactMethod.Letter, "1 Main Street", at, TemplateKey: template);

    public static TheoryData<string> AllowedNotices => [MessageTemplates.CeaseAcknowledgement, MessageTemplates.RightToCure, MessageTemplates.NoticeOfSale];

    public static TheoryData<string> CollectionTemplates =>
        ["payment-reminder", "promise-confirmation", MessageTemplates.ValidationNotice, MessageTemplates.NoticeOfIntent, MessageTemplates.Apology];

    [Theory]
    [MemberData(nameof(AllowedNotices))]
    public void Cease_then_a_required_notice_by_letter_is_allowed_in_both_packs(string template)
    {
        Assert.DoesNotContain("cease-request", Rules(Letter(Ceased.AddDays(3), template), CeasedFacts(), Cn));
        Assert.DoesNotContain("cease-request", Rules(Letter(Ceased.AddDays(3), template), CeasedFacts(NewYork), Us));
    }

    [Theory]
    [MemberData(nameof(CollectionTemplates))]
    public void Cease_then_a_reminder_or_any_other_collection_letter_is_refused(string template)
    {
        Assert.Contains("cease-request", Rules(Letter(Ceased.AddDays(3), template), CeasedFacts(), Cn));
        Assert.Contains("cease-request", Rules(Letter(Ceased.AddDays(3), template), CeasedFacts(NewYork), Us));
    }

    [Fact]
    public void Cease_then_a_letter_that_names_no_template_is_refused()
    {
        Assert.Contains("cease-request", Rules(Letter(Ceased.AddDays(1), null), CeasedFacts(), Cn));
        Assert.Contains("cease-request", Rules(Letter(Ceased.AddDays(1), "no-such-template"), CeasedFacts(), Cn));
    }

    [Fact]
    public void Call_after_cease_is_refused_from_the_minute_of_the_request()
    {
        Assert.Contains("cease-request", Rules(Call(Ceased), CeasedFacts(), Cn));
        Assert.DoesNotContain("cease-request", Rules(Call(Ceased.AddMinutes(-1)), CeasedFacts(), Cn));
    }

    [Theory]
    [InlineData(ContactMethod.Call)]
    [InlineData(ContactMethod.Sms)]
    [InlineData(ContactMethod.Visit)]
    public void Calls_SMS_and_visits_after_cease_are_refused_even_naming_a_permitted_notice(ContactMethod method)
    {
        var request = Letter(Ceased.AddDays(1), MessageTemplates.CeaseAcknowledgement) with { Method = method };
        Assert.Contains("cease-request", Rules(request, CeasedFacts(), Cn));
        Assert.Contains("cease-request", Rules(request, CeasedFacts(NewYork), Us));
    }

    [Fact]
    public void Cease_then_the_acknowledgement_goes_with_nothing_overdue_while_a_remedy_notice_does_not()
    {
        // A plan in force leaves nothing overdue and keeps the account: the borrower's cease request is still acknowledged,
        // as SendMessage sends the acknowledgement whatever the balance; "nothing-overdue" admits no override.
        var paidUp = CeasedFacts() with { NothingOverdue = true };

        Assert.Empty(Rules(Letter(Ceased.AddDays(1), MessageTemplates.CeaseAcknowledgement), paidUp, Cn));
        Assert.Contains("nothing-overdue", Rules(Letter(Ceased.AddDays(1), MessageTemplates.RightToCure), paidUp, Cn));
        Assert.Contains("nothing-overdue", Rules(Letter(Ceased.AddDays(1), "payment-reminder"), paidUp with { Choices = BorrowerChoices.None }, Cn));
    }

    [Fact]
    public void Only_the_three_purposes_of_Reg_F_1006_6_c_2_are_allowed_after_cease()
    {
        Assert.Equal(
            [MessageTemplates.CeaseAcknowledgement, MessageTemplates.RightToCure, MessageTemplates.NoticeOfSale],
            MessageTemplates.All.Where(t => t.AllowedAfterCease).Select(t => t.Key));
        Assert.Equal(
            [MessagePurpose.CeaseAcknowledgement, MessagePurpose.RemedyMayBeInvoked, MessagePurpose.RemedyInvoked],
            MessageTemplates.All.Where(t => t.AllowedAfterCease).Select(t => t.Purpose));
    }

    [Fact]
    public void Every_template_has_an_English_and_a_Chinese_text_with_the_same_placeholders()
    {
        foreach (var template in MessageTemplates.All)
        {
            Assert.Equal(Placeholders(template.English), Placeholders(template.Chinese));
        }

        static IEnumerable<string> Placeholders(string text) =>
            System.Text.RegularExpressions.Regex.Matches(text, @"\{\w+\}").Select(m => m.Value).Order(StringComparer.Ordinal);
    }
}
