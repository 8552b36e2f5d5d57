namespace BackOffice.Servicing.Features.PaymentImports;

internal sealed record PaymentFileResult(int Posted, int Skipped, IReadOnlyList<string> Failures);
