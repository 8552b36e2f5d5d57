namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>Stable reason codes: dealers' systems and reports key on them.</summary>
internal static class ReasonCodes
{
    public const string PaymentToIncome = "PTI";
    public const string DebtToIncome = "DTI";
    public const string LoanToValue = "LTV";
    public const string VehicleAgeAtMaturity = "VEHICLE_AGE";
    public const string ApplicantAge = "APPLICANT_AGE";
    public const string ApplicantAgeAtMaturity = "AGE_AT_MATURITY";
    public const string MinimumIncome = "MIN_INCOME";
    public const string TermLimit = "TERM";
    public const string DuplicateApplicant = "DUPLICATE_APPLICANT";
    public const string VehicleAlreadyFinanced = "DUPLICATE_VIN";
}
