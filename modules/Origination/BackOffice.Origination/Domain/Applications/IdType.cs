namespace BackOffice.Origination.Domain.Applications;

public enum IdType
{
    ChineseResidentId,
    Passport,
}
