using System.Globalization;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>One line of the export; dates ISO-8601, the time posted in UTC, amounts culture-invariant.</summary>
internal sealed record JournalExportLine(
    Guid EntryId, DateOnly BusinessDate, DateOnly ValueDate, EntryKind Kind, string LoanNumber, string Account, string AccountName,
    decimal Debit, decimal Credit, string Memo, string PostedBy, DateTimeOffset PostedAt)
{
    /// <summary>The cells in header order: text as <see cref="string"/>, amounts as <see cref="decimal"/>.</summary>
    public IEnumerable<object> Cells() =>
    [
        EntryId.ToString(), Day(BusinessDate), Day(ValueDate), Kind.ToString(), LoanNumber, Account, AccountName, Debit, Credit, Memo, PostedBy,
        PostedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    ];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
