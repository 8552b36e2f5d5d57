namespace BackOffice.Servicing.Features.PaymentImports;

public sealed record PaymentFileResult(int Posted, int Skipped, IReadOnlyList<string> Failures);
