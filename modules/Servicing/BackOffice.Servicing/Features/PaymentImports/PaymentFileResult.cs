namespace BackOffice.Servicing.Features.PaymentImports;

internal sealed record PaymentFileResult(int Posted, IReadOnlyList<string> Failures);
