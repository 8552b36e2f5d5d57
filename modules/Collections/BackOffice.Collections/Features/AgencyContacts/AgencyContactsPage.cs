using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BackOffice.Collections.Features.ImportAgencyContacts;

namespace BackOffice.Collections.Features.AgencyContacts;

/// <summary>The latest agency contacts, newest first, and the outcome of an import just made.</summary>
internal sealed record AgencyContactsPage(IReadOnlyList<AgencyContact> Latest, AgencyImportResult? Result);
