using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Payments;

public sealed record PostedPayment(PaymentDto Payment, bool Replayed);
