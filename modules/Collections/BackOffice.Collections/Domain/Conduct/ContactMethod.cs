namespace BackOffice.Collections.Domain.Conduct;

public enum ContactMethod
{
    Call,
    Sms,
    Letter,
    Visit,
}
