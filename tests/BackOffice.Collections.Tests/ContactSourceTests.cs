using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.AddThirdParty;
using Microsoft.Extensions.Localization;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>The contact-source rule: a number is used only when the record says where it lawfully came from.</summary>
public sealed class ContactSourceTests
{
    private static readonly DateTimeOffset Morning = At("2026-11-30 10:00");
    private static readonly Guid Relative = Guid.CreateVersion7();

    private static ContactRequest CallTo(Party party, ContactOrigin origin) =>
        new("c1", party, party == Party.ThirdParty ? Relative : null, ContactMethod.Call, Number, Morning, Origin: origin);

    // The relative may be called only when the debtor is unreachable (CN); every debtor number invalid says so.
    private static IReadOnlyList<string> RulesOf(ContactRequest request, ConductPolicy policy) =>
        Rules(request, Facts(numbersInvalid: true), policy);

    [Fact]
    public void Number_without_a_lawful_source_is_refused()
    {
        Assert.Contains("contact-source", RulesOf(CallTo(Party.ThirdParty, new ContactOrigin(ContactSource.Unknown)), Cn));
        Assert.Contains("contact-source", RulesOf(CallTo(Party.Debtor, new ContactOrigin(ContactSource.Unknown)), Us));
    }

    [Fact]
    public void Number_found_by_a_search_the_record_does_not_name_is_refused()
    {
        var unnamed = new ContactOrigin(ContactSource.FoundBySearch, " ", "c1", Morning);

        Assert.Contains("contact-source", RulesOf(CallTo(Party.ThirdParty, unnamed), Us));
    }

    [Theory]
    [InlineData(ContactSource.GivenByBorrower)]
    [InlineData(ContactSource.Application)]
    public void Number_given_by_the_borrower_or_on_the_application_is_lawful(ContactSource source)
    {
        Assert.DoesNotContain("contact-source", RulesOf(CallTo(Party.ThirdParty, new ContactOrigin(source)), Cn));
        Assert.DoesNotContain("contact-source", RulesOf(CallTo(Party.Debtor, new ContactOrigin(source)), Us));
    }

    [Fact]
    public void CN_third_party_found_by_search_is_used_only_once_the_person_agreed()
    {
        var found = new ContactOrigin(ContactSource.FoundBySearch, "phone directory 2026-11", "c1");

        Assert.Contains("contact-source", RulesOf(CallTo(Party.ThirdParty, found), Cn));
        Assert.DoesNotContain("contact-source", RulesOf(CallTo(Party.ThirdParty, found with { ConsentedAt = Morning }), Cn));
    }

    [Fact]
    public void US_third_party_found_by_a_named_location_search_is_lawful()
    {
        var found = new ContactOrigin(ContactSource.FoundBySearch, "skip-trace vendor X", "c1");

        Assert.DoesNotContain("contact-source", RulesOf(CallTo(Party.ThirdParty, found), Us));
    }

    [Fact]
    public void Source_found_by_search_without_the_searchs_name_is_a_validation_error()
    {
        var validator = new AddThirdPartyValidator(new Words());
        var command = new AddThirdPartyCommand(
            Guid.CreateVersion7(), "c1", false, "Wang Lei", "relative", "139 0000 1111", ContactSource.FoundBySearch, "");

        var result = validator.Validate(command);

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(AddThirdPartyCommand.Search), error.PropertyName);
        Assert.Equal("Name the search that found this number.", error.ErrorMessage);
        Assert.True(validator.Validate(command with { Search = "phone directory" }).IsValid);
    }

    [Fact]
    public void A_third_party_without_a_source_is_a_validation_error()
    {
        var validator = new AddThirdPartyValidator(new Words());

        var result = validator.Validate(new AddThirdPartyCommand(Guid.CreateVersion7(), "c1", false, "Wang Lei", "relative", "139 0000 1111"));

        Assert.Equal("Say where this number came from.", Assert.Single(result.Errors).ErrorMessage);
    }

    /// <summary>The English words: each key is its own text.</summary>
    private sealed class Words : IStringLocalizer<BackOffice.Collections.CollectionsResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
