namespace BackOffice.Collections.Domain.Conduct;

/// <summary>Whom the contact is for: the debtor, or a third party (reference, employer, relative).</summary>
internal enum Party
{
    Debtor,
    ThirdParty,
}
