using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Contracts;
using BackOffice.Training.Contracts;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// The regulator report for a period and a pack, composed of what each module answers for its own numbers.
/// Its canonical JSON and SHA-256 are what a frozen report keeps, so a later recalculation can be compared.
/// </summary>
internal sealed record RegulatorReport(
    string Pack,
    DateOnly From,
    DateOnly To,
    ComplaintFigures Complaints,
    ConductFigures Conduct,
    CoverageFigures Training,
    PortfolioFigures Portfolio)
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(Sorted(), Canonical);

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())));

    /// <summary>Every figure as (section, measure, value) rows: the CSV and XLSX exports and the print table.</summary>
    public IReadOnlyList<ReportRow> Rows()
    {
        var rows = new List<ReportRow>();
        void Add(string section, string measure, object value) =>
            rows.Add(new ReportRow(section, measure, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));

        Add("complaints", "received", Complaints.Received);
        Add("complaints", "closed", Complaints.Closed);
        Add("complaints", "closed within deadline %", Complaints.ClosedWithinDeadlinePercent);
        Add("complaints", "upheld rate %", Complaints.UpheldRatePercent);
        Add("complaints", "per 10,000 accounts", Complaints.PerTenThousandAccounts);
        Add("complaints", "regulator-referred", Complaints.RegulatorReferred);
        Add("complaints", "overdue, still open", Complaints.OverdueOpen);
        foreach (var (category, count) in Complaints.ByCategory.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add("complaints by category", category, count);
        }

        for (var hour = 0; hour < 24; hour++)
        {
            Add("contacts by borrower's hour", hour.ToString("00", CultureInfo.InvariantCulture) + ":00", Conduct.ContactsByHour[hour]);
        }

        foreach (var (method, count) in Conduct.ContactsByMethod.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add("contacts by channel", method, count);
        }

        foreach (var (rule, count) in Conduct.BlockedByRule.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add("blocked attempts by rule", rule, count);
        }

        Add("conduct", "overrides", Conduct.Overrides);
        Add("conduct", "third-party contacts", Conduct.ThirdPartyContacts);
        Add("conduct", "visits", Conduct.Visits);
        Add("conduct", "repossessions", Conduct.Repossessions);
        Add("training", "active collectors", Training.ActiveCollectors);
        foreach (var (channel, count) in Training.CertifiedByChannel.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var share = Training.ActiveCollectors == 0 ? 0m : Math.Round(100m * count / Training.ActiveCollectors, 1);
            Add("training: certified share %", channel, share);
        }

        Add("training", "certifications expired", Training.Expired);
        Add("training", "certifications suspended", Training.Suspended);
        Add("training", "remedial courses completed", Training.RemedialCompleted);
        Add("portfolio", "open accounts", Portfolio.OpenAccounts);
        foreach (var (bucket, count) in Portfolio.AccountsByBucket.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add("portfolio: accounts by bucket", bucket, count);
        }

        foreach (var (move, count) in Portfolio.BucketMoves.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add("portfolio: bucket moves (roll rates)", move, count);
        }

        Add("portfolio", "cures", Portfolio.Cures);
        foreach (var (kind, count) in Portfolio.Restructures.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add("portfolio: restructures", kind, count);
        }

        return rows;
    }

    public string ToCsv() =>
        "section,measure,value\n" + string.Concat(Rows().Select(r => $"{Quote(r.Section)},{Quote(r.Measure)},{Quote(r.Value)}\n"));

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;

    /// <summary>Dictionaries in key order, so the same figures always give the same JSON and hash.</summary>
    private RegulatorReport Sorted() => this with
    {
        Complaints = Complaints with { ByCategory = Order(Complaints.ByCategory) },
        Conduct = Conduct with { ContactsByMethod = Order(Conduct.ContactsByMethod), BlockedByRule = Order(Conduct.BlockedByRule) },
        Training = Training with { CertifiedByChannel = Order(Training.CertifiedByChannel) },
        Portfolio = Portfolio with
        {
            AccountsByBucket = Order(Portfolio.AccountsByBucket),
            BucketMoves = Order(Portfolio.BucketMoves),
            Restructures = Order(Portfolio.Restructures),
        },
    };

    private static SortedDictionary<string, int> Order(IReadOnlyDictionary<string, int> values) => new(values.ToDictionary(), StringComparer.Ordinal);
}
