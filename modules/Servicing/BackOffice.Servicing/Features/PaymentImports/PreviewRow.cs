using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.PaymentImports;

public sealed record PreviewRow(PaymentFileRow Row, RowOutcome Outcome, string? Message);
