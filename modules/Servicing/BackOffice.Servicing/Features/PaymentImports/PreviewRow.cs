using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.PaymentImports;

internal sealed record PreviewRow(PaymentFileRow Row, RowOutcome Outcome, string? Message);
