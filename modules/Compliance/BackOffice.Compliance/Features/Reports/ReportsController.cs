using System.Globalization;
using System.Text;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Compliance.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>The report builder and archive: figures on the page with charts, CSV and XLSX exports, printing, freezing.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = StaffRoles.ComplianceOfficer)]
public sealed class ReportsController(ISender sender, IActingStaff acting, IStringLocalizer<ComplianceResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        View(await sender.Send(new ReportPageQuery(from, to), cancellationToken));

    [HttpGet]
    [RefusedShows(nameof(Index), Keep = ["from", "to"])]
    public async Task<IActionResult> Csv(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new BuildReportQuery(from, to), cancellationToken);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(report.ToCsv())).ToArray(), "text/csv", FileName(report, "csv"));
    }

    [HttpGet]
    [RefusedShows(nameof(Index), Keep = ["from", "to"])]
    public async Task<IActionResult> Xlsx(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new BuildReportQuery(from, to), cancellationToken);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(report.Rows(), cancellationToken: cancellationToken);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(report, "xlsx"));
    }

    [HttpPost]
    [RefusedShows(nameof(Index), Keep = ["from", "to"])]
    public async Task<IActionResult> Freeze(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await sender.Send(new FreezeReportCommand(from, to, acting.Id), cancellationToken);
        TempData.SetStatus(localizer["The report is frozen with its hash."].Value);
        return RedirectToAction(nameof(Index), new { from = Day(from), to = Day(to) });
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FileName(RegulatorReport report, string extension) =>
        $"regulator-report-{report.Pack}-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.{extension}";
}
