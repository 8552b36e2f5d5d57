namespace BackOffice.Servicing.Features.PaymentImports;

public enum RowOutcome
{
    Ready,
    Invalid,
    AlreadyPosted,
    Posted,
}
