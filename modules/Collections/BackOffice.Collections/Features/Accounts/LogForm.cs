using System.Security.Claims;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Collections.Features.AddThirdParty;
using BackOffice.Collections.Features.RecordChoice;
using BackOffice.Collections.Features.SendMessage;
using BackOffice.Collections.Features.RequestVisit;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>What a collector fills in after a contact.</summary>
public sealed class LogForm
{
    public Guid ClearanceId { get; set; }

    public ContactOutcome Outcome { get; set; }

    public string? Note { get; set; }

    public bool Consented { get; set; }

    public decimal? PromisedAmount { get; set; }

    public DateOnly? PromisedFor { get; set; }
}
