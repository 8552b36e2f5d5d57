using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>
/// The limits the rules apply ("Underwriting" configuration section). A value at or below a "refer" limit
/// passes; above it the application goes to an underwriter; above the "decline" limit it is declined.
/// </summary>
internal sealed class UnderwritingPolicy
{
    public const string SectionName = "Underwriting";

    /// <summary>A label for people; the version stored with each decision also carries a hash of every limit.</summary>
    public string Name { get; set; } = "standard";

    public decimal PaymentToIncomeRefer { get; set; } = 0.15m;
    public decimal PaymentToIncomeDecline { get; set; } = 0.25m;
    public decimal DebtToIncomeRefer { get; set; } = 0.40m;
    public decimal DebtToIncomeDecline { get; set; } = 0.50m;
    public decimal LoanToValueRefer { get; set; } = 0.85m;
    public decimal LoanToValueDecline { get; set; } = 1.00m;
    public int VehicleAgeAtMaturityRefer { get; set; } = 8;
    public int VehicleAgeAtMaturityDecline { get; set; } = 10;
    public int MinimumApplicantAge { get; set; } = 18;
    public int ApplicantAgeAtMaturityRefer { get; set; } = 65;
    public int ApplicantAgeAtMaturityDecline { get; set; } = 70;
    public decimal MinimumMonthlyIncome { get; set; } = 3_000m;
    public int MaxTermMonths { get; set; } = 60;

    /// <summary>Changes whenever any limit changes, so a stored decision names exactly the rules it was made under.</summary>
    public string Version
    {
        get
        {
            var limits = string.Join('|', new object[]
            {
                PaymentToIncomeRefer, PaymentToIncomeDecline, DebtToIncomeRefer, DebtToIncomeDecline, LoanToValueRefer,
                LoanToValueDecline, VehicleAgeAtMaturityRefer, VehicleAgeAtMaturityDecline, MinimumApplicantAge,
                ApplicantAgeAtMaturityRefer, ApplicantAgeAtMaturityDecline, MinimumMonthlyIncome, MaxTermMonths,
            }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
            return $"{Name}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(limits)))[..8]}";
        }
    }
}
