namespace BackOffice.Servicing.Features.PaymentImports;

internal enum RowOutcome
{
    Ready,
    Invalid,
    AlreadyPosted,
}
