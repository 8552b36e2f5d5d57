using System.Text;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Domain;
using Mediator;
using MiniExcelLibs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Reports;

/// <summary>The report builder and archive: figures on the page with charts, CSV and XLSX exports, printing, freezing.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = StaffRoles.ComplianceOfficer)]
public sealed class ReportsController(ISender sender, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var (start, end) = (from ?? quarterStart, to ?? quarterStart.AddMonths(3));
        RegulatorReport? report = null;
        if (from is not null && to is not null)
        {
            try
            {
                report = await sender.Send(new BuildReportQuery(start, end), cancellationToken);
            }
            catch (RequestValidationException invalid)
            {
                ModelState.AddValidationErrors(invalid);
            }
        }

        return View(new ReportPage(start, end, report, await sender.Send(new FrozenReportsQuery(), cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Csv(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new BuildReportQuery(from, to), cancellationToken);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(report.ToCsv())).ToArray(), "text/csv", FileName(report, "csv"));
    }

    [HttpGet]
    public async Task<IActionResult> Xlsx(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new BuildReportQuery(from, to), cancellationToken);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(report.Rows(), cancellationToken: cancellationToken);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(report, "xlsx"));
    }

    [HttpPost]
    public async Task<IActionResult> Freeze(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new FreezeReportCommand(from, to, User.Identity!.Name!), cancellationToken);
            TempData["Status"] = "frozen";
        }
        catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException)
        {
            TempData["Error"] = refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message;
        }

        return RedirectToAction(nameof(Index), new { from = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static string FileName(RegulatorReport report, string extension) =>
        $"regulator-report-{report.Pack}-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.{extension}";
}
