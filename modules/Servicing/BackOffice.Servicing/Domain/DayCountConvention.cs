namespace BackOffice.Servicing.Domain;

/// <summary>How interest counts days: 30/360 (every month 30 days, the default) or actual days over 365.</summary>
internal enum DayCountConvention
{
    Thirty360,
    Actual365,
}
