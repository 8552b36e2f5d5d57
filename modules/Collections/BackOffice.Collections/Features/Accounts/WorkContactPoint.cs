using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>A number or address the collector may ask the guard about, and where it came from.</summary>
internal sealed record WorkContactPoint(Guid Id, Party Party, ContactPointKind Kind, string Name, string Value, ContactSource Source);
