namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>A file on the bank payment files page; who uploaded it by name, and what posting it did if it was posted.</summary>
internal sealed record RecentPaymentFile(
    Guid Id, string FileName, DateTimeOffset UploadedAt, string UploadedBy, DateTimeOffset? PostedAt, int Posted, int Skipped);
