namespace BackOffice.Compliance.Domain;

public enum ComplaintCategory
{
    Harassment,
    AbusiveLanguage,
    ThirdPartyDisclosure,
    ContactAtNight,
    WrongAmount,
    Fees,
    Other,
}
