using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Payments;

internal sealed record PostedPayment(PaymentDto Payment, bool Replayed);
