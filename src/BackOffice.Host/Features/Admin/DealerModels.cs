using System.ComponentModel.DataAnnotations;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Host.Access;
using BackOffice.Host.PartnerApi;
using BackOffice.Origination.Contracts;

namespace BackOffice.Host.Features.Admin;

public sealed record DealersViewModel(PagedResult<DealerDto> Dealers, string? Search);

public sealed record DealerDetailsViewModel(DealerDto Dealer, IReadOnlyList<DealerApiClient> Clients, IssuedClientSecret? IssuedSecret);

public sealed class RegisterDealerModel
{
    [Required(ErrorMessage = "Enter the dealer's name.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter a short code.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the contact email.")]
    [Display(Name = "Contact email")]
    public string ContactEmail { get; set; } = "";
}
