using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// The borrower's choices as stored: every choice ever recorded, with who recorded it, when and how, and how it
/// ended. The value is replaced whole on every change; <see cref="ToGuard"/> gives the guard the binding ones only.
/// US: the consent to receive required disclosures electronically (E-SIGN, Reg F §1006.42(c)) is one of them; only the
/// validation notice by SMS reads it.
/// </summary>
internal sealed record DebtorChoices(IReadOnlyList<RecordedChoice>? History = null)
{
    public IReadOnlyList<RecordedChoice> All => History ?? [];

    /// <summary>When the borrower consented to electronic delivery of required notices, while that consent stands.</summary>
    public DateTimeOffset? ElectronicDeliveryConsentAt =>
        All.Where(c => c.Kind == ChoiceKind.ElectronicDeliveryConsent && c.Binding).Select(c => c.Made.At ?? DateTimeOffset.MinValue)
            .Cast<DateTimeOffset?>().Min();

    /// <summary>The dispute that pauses collection now, if any.</summary>
    public RecordedChoice? OpenDispute => All.FirstOrDefault(c => c.Kind == ChoiceKind.Dispute && c.Binding);

    /// <summary>Adds a choice; the same choice while it still binds is kept as first recorded.</summary>
    public DebtorChoices Record(
        ChoiceKind kind, ChoiceAct made, ContactMethod? method = null, TimeWindow? window = null, Guid? thirdPartyId = null) =>
        All.Any(c => c.SameAs(kind, method, window, thirdPartyId))
            ? this
            : new([.. All, new RecordedChoice(Guid.CreateVersion7(), kind, made, method, window, thirdPartyId)]);

    /// <summary>The borrower takes a choice back; from then it no longer binds. A choice ended already cannot be withdrawn again.</summary>
    public DebtorChoices Withdraw(Guid choiceId, ChoiceAct withdrawn)
    {
        var choice = All.FirstOrDefault(c => c.Id == choiceId) ?? throw new NotFoundException("Choice");
        if (!choice.Binding)
        {
            throw new BusinessRuleException("choice-ended", "This choice no longer binds: it was withdrawn or answered already.");
        }

        if (choice.Kind == ChoiceKind.CeaseRequest && !InWriting(withdrawn.How))
        {
            // The house rule: a cease request is taken back only in the borrower's own writing (US: the request is a
            // written notification, Reg F §1006.6(c)); a "withdrawal" on a call is exactly what a collector would
            // claim to get round it.
            throw new BusinessRuleException(
                "cease-withdrawal-in-writing", "A cease request is withdrawn only in the borrower's writing: a letter, an e-mail or the borrower site.");
        }

        if (choice.Kind == ChoiceKind.RefusedThirdParty)
        {
            // The third party refused, not the borrower: only that person can take it back.
            throw new BusinessRuleException("not-the-borrowers-choice", "A third party's refusal is theirs; the borrower cannot withdraw it.");
        }

        return Replace(choice with { Withdrawn = withdrawn });
    }

    /// <summary>The verification letter answered the open dispute: collection may resume.</summary>
    public DebtorChoices Verify(DisputeVerification verification)
    {
        var dispute = OpenDispute ?? throw new BusinessRuleException("no-open-dispute", "There is no open dispute to verify.");
        return Replace(dispute with { Verified = verification });
    }

    public BorrowerChoices ToGuard()
    {
        var binding = All.Where(c => c.Binding).ToList();
        // A choice kept before the history without a date has bound since before anything the guard weighs.
        DateTimeOffset? Since(ChoiceKind kind) =>
            binding.Where(c => c.Kind == kind).Select(c => (DateTimeOffset?)(c.Made.At ?? DateTimeOffset.MinValue)).Min();
        List<TimeWindow> Windows(ChoiceKind kind) => [.. binding.Where(c => c.Kind == kind).Select(c => c.Window!)];
        return new BorrowerChoices(
            Since(ChoiceKind.CeaseRequest),
            Since(ChoiceKind.Dispute),
            Since(ChoiceKind.LegalRepresentation),
            binding.Where(c => c.Kind == ChoiceKind.OptOut).Select(c => c.Method!.Value).ToHashSet(),
            Windows(ChoiceKind.Inconvenient),
            Windows(ChoiceKind.ConsentToTime),
            binding.Where(c => c.Kind == ChoiceKind.RefusedThirdParty).Select(c => c.ThirdPartyId!.Value).ToHashSet());
    }

    private static bool InWriting(ChoiceChannel how) => how is ChoiceChannel.Letter or ChoiceChannel.Email or ChoiceChannel.BorrowerSite;

    private DebtorChoices Replace(RecordedChoice changed) => new([.. All.Select(c => c.Id == changed.Id ? changed : c)]);
}
