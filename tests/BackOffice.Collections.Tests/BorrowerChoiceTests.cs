using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>
/// The borrower's choices as a history: a dispute pauses collection until the verification letter answers it, a
/// choice the borrower withdraws stops binding, and the guard sees only the choices that still bind.
/// </summary>
public sealed class BorrowerChoiceTests
{
    private static readonly DateTimeOffset Monday = At("2026-11-30 10:00");

    private static ChoiceAct ByPhone(DateTimeOffset at) => new(at, "collector-1", ChoiceChannel.Phone);

    private static IReadOnlyList<string> RulesFor(DebtorChoices choices, DateTimeOffset at) =>
        Rules(Call(at), Facts(choices: choices.ToGuard()), Cn);

    [Fact]
    public void Dispute_pauses_collection()
    {
        var disputed = new DebtorChoices().Record(ChoiceKind.Dispute, ByPhone(Monday));

        Assert.Contains("dispute", RulesFor(disputed, Monday));
        Assert.DoesNotContain("dispute", RulesFor(disputed, Monday.AddTicks(-1)));
    }

    [Fact]
    public void Verification_sent_resumes_collection()
    {
        var disputed = new DebtorChoices().Record(ChoiceKind.Dispute, ByPhone(Monday));

        var verified = disputed.Verify(new DisputeVerification(Monday.AddDays(3), "manager-1"));

        Assert.Empty(RulesFor(verified, Monday.AddDays(3)));
        Assert.Null(verified.OpenDispute);
        var answered = Assert.Single(verified.All);
        Assert.Equal(new DisputeVerification(Monday.AddDays(3), "manager-1"), answered.Verified);
    }

    [Fact]
    public void Dispute_raised_again_after_verification_pauses_again()
    {
        var verified = new DebtorChoices().Record(ChoiceKind.Dispute, ByPhone(Monday))
            .Verify(new DisputeVerification(Monday.AddDays(3), "manager-1"));

        var again = verified.Record(ChoiceKind.Dispute, ByPhone(Monday.AddDays(10)));

        Assert.Contains("dispute", RulesFor(again, Monday.AddDays(10)));
        Assert.Equal(2, again.All.Count);
        Assert.Equal(Monday.AddDays(10), again.ToGuard().DisputeOpenedAt);
    }

    [Fact]
    public void Verification_without_an_open_dispute_is_refused()
    {
        var refused = Assert.Throws<BusinessRuleException>(
            () => new DebtorChoices().Verify(new DisputeVerification(Monday, "manager-1")));
        Assert.Equal("no-open-dispute", refused.Code);
    }

    [Fact]
    public void Withdrawn_cease_request_allows_contact()
    {
        var ceased = new DebtorChoices().Record(ChoiceKind.CeaseRequest, new ChoiceAct(Monday, "collector-1", ChoiceChannel.Letter));
        Assert.Contains("cease-request", RulesFor(ceased, Monday.AddDays(1)));

        var withdrawn = ceased.Withdraw(ceased.All[0].Id, new ChoiceAct(Monday.AddDays(1), "collector-2", ChoiceChannel.Email));

        Assert.Empty(RulesFor(withdrawn, Monday.AddDays(1)));
        Assert.Equal(new ChoiceAct(Monday.AddDays(1), "collector-2", ChoiceChannel.Email), withdrawn.All[0].Withdrawn);
        Assert.Equal(new ChoiceAct(Monday, "collector-1", ChoiceChannel.Letter), withdrawn.All[0].Made);
    }

    [Theory]
    [InlineData(ChoiceChannel.Phone)]
    [InlineData(ChoiceChannel.Sms)]
    [InlineData(ChoiceChannel.InPerson)]
    public void Cease_request_is_withdrawn_only_in_the_borrowers_writing(ChoiceChannel spoken)
    {
        var ceased = new DebtorChoices().Record(ChoiceKind.CeaseRequest, new ChoiceAct(Monday, "collector-1", ChoiceChannel.Letter));

        var refused = Assert.Throws<BusinessRuleException>(
            () => ceased.Withdraw(ceased.All[0].Id, new ChoiceAct(Monday.AddDays(1), "collector-1", spoken)));

        Assert.Equal("cease-withdrawal-in-writing", refused.Code);
    }

    [Fact]
    public void Withdrawn_opt_out_reopens_the_method_and_other_choices_still_bind()
    {
        var choices = new DebtorChoices()
            .Record(ChoiceKind.OptOut, ByPhone(Monday), method: ContactMethod.Call)
            .Record(ChoiceKind.Inconvenient, ByPhone(Monday), window: new TimeWindow(new TimeOnly(9, 0), new TimeOnly(11, 0)));

        var withdrawn = choices.Withdraw(choices.All[0].Id, ByPhone(Monday.AddDays(1)));

        Assert.Equal(["medium-opted-out", "inconvenient-time"], RulesFor(choices, Monday.AddDays(1)));
        Assert.Equal(["inconvenient-time"], RulesFor(withdrawn, Monday.AddDays(1)));
    }

    [Fact]
    public void A_withdrawn_choice_cannot_be_withdrawn_again()
    {
        var choices = new DebtorChoices().Record(ChoiceKind.LegalRepresentation, ByPhone(Monday));
        var withdrawn = choices.Withdraw(choices.All[0].Id, ByPhone(Monday.AddDays(1)));

        var refused = Assert.Throws<BusinessRuleException>(() => withdrawn.Withdraw(choices.All[0].Id, ByPhone(Monday.AddDays(2))));

        Assert.Equal("choice-ended", refused.Code);
    }

    [Fact]
    public void A_third_partys_refusal_is_not_the_borrowers_to_withdraw()
    {
        var choices = new DebtorChoices().Record(ChoiceKind.RefusedThirdParty, ByPhone(Monday), thirdPartyId: Guid.CreateVersion7());

        var refused = Assert.Throws<BusinessRuleException>(() => choices.Withdraw(choices.All[0].Id, ByPhone(Monday.AddDays(1))));

        Assert.Equal("not-the-borrowers-choice", refused.Code);
    }

    [Fact]
    public void The_same_choice_while_it_binds_is_kept_once_with_its_first_date()
    {
        var first = new DebtorChoices().Record(ChoiceKind.CeaseRequest, new ChoiceAct(Monday, "collector-1", ChoiceChannel.Letter));

        var again = first.Record(ChoiceKind.CeaseRequest, new ChoiceAct(Monday.AddDays(2), "collector-2", ChoiceChannel.Email));

        Assert.Same(first, again);
        Assert.Equal(Monday, again.ToGuard().CeaseRequestedAt);
    }

    [Fact]
    public void A_choice_kept_before_the_history_binds_from_before_anything_the_guard_weighs()
    {
        var old = new DebtorChoices([new RecordedChoice(
            Guid.CreateVersion7(), ChoiceKind.OptOut, new ChoiceAct(null, ChoiceAct.BeforeHistory, ChoiceChannel.Unknown), ContactMethod.Call)]);

        Assert.Contains("medium-opted-out", RulesFor(old, Monday));
    }
}
