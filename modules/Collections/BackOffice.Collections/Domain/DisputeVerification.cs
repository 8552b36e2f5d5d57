namespace BackOffice.Collections.Domain;

/// <summary>The verification letter that answered a dispute: when it went and who sent it.</summary>
internal sealed record DisputeVerification(DateTimeOffset SentAt, string SentBy);
