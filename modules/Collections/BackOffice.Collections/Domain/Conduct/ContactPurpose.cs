namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// Why someone contacts the borrower: a collector collecting, or the care team reaching out (an early warning, a
/// hardship request). Both go through the same guard, the borrower's choices and the limits counted across teams;
/// care answers to the hardship-care certification and does not stand down while a plan is in force.
/// </summary>
internal enum ContactPurpose
{
    Collection,
    Care,
}
