using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using BackOffice.Collections.Features.Shared;

namespace BackOffice.Collections.Features.RequestClearance;

internal sealed record ClearanceDto(Guid Id, bool Allowed, IReadOnlyList<Refusal> Refusals, DateTimeOffset ExpiresAt, ContactMethod Method, string Destination);
