using System.Globalization;
using System.Text;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Home;

[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class HomeController(ISender sender, IAuditTrail audit, IActingStaff acting) : Controller
{
    private const int ExportLimit = 100_000;

    /// <summary>
    /// The audit trail, newest first, searchable by actor, subject, action and day; and — when asked — whether its chain is intact.
    /// </summary>
    public async Task<IActionResult> Index(
        [FromQuery] AuditFilter filter, int page = 1, bool verify = false, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new AuditTrailPageQuery(filter, page, verify), cancellationToken));

    /// <summary>The filtered range as CSV (UTF-8, invariant formats), itself an audited action.</summary>
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = await sender.Send(filter.ToQuery(1, ExportLimit), cancellationToken);
        var csv = new StringBuilder("sequence,occurred_at_utc,action,actor,subject,details\n");
        foreach (var e in entries.Items.OrderBy(e => e.Sequence))
        {
            csv.AppendLine(string.Join(',',
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                Csv(e.Action), Csv(e.Actor), Csv(e.Subject), Csv(e.Details)));
        }

        await audit.RecordAsync(
            new AuditRecord(ComplianceAuditActions.AuditExported, acting.Id, Details: $"{entries.Items.Count} entries"), cancellationToken);
        // The byte-order mark tells spreadsheets the file is UTF-8, so Chinese text opens as written.
        return File(Encoding.UTF8.GetBytes(csv.Insert(0, '\uFEFF').ToString()), "text/csv", "audit-trail.csv");
    }

    // RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a cell.
    private static string Csv(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
