using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>One promise to pay and how much of it was paid.</summary>
internal sealed record WorkPromise(decimal Amount, DateOnly DueOn, decimal Paid, PromiseStatus Status);
