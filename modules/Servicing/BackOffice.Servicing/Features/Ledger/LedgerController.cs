using System.Globalization;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The accountant's pages: trial balance with drill-down to entries, the journal export, period close.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.LedgerRoles)]
public sealed class LedgerController(ISender sender, IActingStaff acting, IStringLocalizer<ServicingResource> localizer) : Controller
{
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? on, CancellationToken cancellationToken) =>
        View(await sender.Send(new TrialBalanceQuery(on), cancellationToken));

    [HttpGet]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Account(string id, DateOnly from, DateOnly to, int page, CancellationToken cancellationToken) =>
        View(await sender.Send(new AccountEntriesQuery(id, from, to, page), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Entry(Guid id, int page, CancellationToken cancellationToken) =>
        View(await sender.Send(new JournalEntryQuery(id, page), cancellationToken));

    [HttpGet]
    public IActionResult Export(DateOnly? from, DateOnly? to) => View(new JournalExportForm(from, to));

    [HttpGet]
    [RefusedShows(nameof(Export), Keep = ["from", "to"])]
    public async Task<IActionResult> Csv(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var export = await sender.Send(new JournalExportQuery(from, to), cancellationToken);
        return new StreamedFileResult("text/csv; charset=utf-8", export.FileName("csv"), export.WriteCsvAsync);
    }

    [HttpGet]
    [RefusedShows(nameof(Export), Keep = ["from", "to"])]
    public async Task<IActionResult> Xlsx(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var export = await sender.Send(new JournalExportQuery(from, to), cancellationToken);
        return new StreamedFileResult(Spreadsheet, export.FileName("xlsx"), export.WriteXlsxAsync, flushesSynchronously: true);
    }

    [HttpGet]
    public async Task<IActionResult> Periods(CancellationToken cancellationToken) =>
        View(await sender.Send(new LedgerPeriodsQuery(), cancellationToken));

    [HttpPost]
    [RefusedShows(nameof(Periods))]
    public async Task<IActionResult> Close(DateOnly month, CancellationToken cancellationToken)
    {
        var period = await sender.Send(new CloseLedgerPeriodCommand(month, acting.Id), cancellationToken);
        TempData.SetStatus(localizer["{0} is closed: no entry is carried on its dates any more.", period.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)].Value);
        return RedirectToAction(nameof(Periods));
    }
}
