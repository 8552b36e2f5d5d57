using System.Globalization;
using BackOffice.Servicing.Features.CloseOfBusiness;
using Microsoft.Data.Sqlite;

namespace BackOffice.Servicing.Bench;

/// <summary>
/// What the storage alone costs: the open loans read by key, and the columns a close of business writes on
/// each loan row written back with the same guarded UPDATE — every column on as many loans as the run reviewed,
/// a quiet day's columns on the others — in batches of the same size, no domain work — and
/// as many journal entries and lines as the run posted inserted beside them, spread evenly over the batches,
/// each line on one of the batch's loans (so the ledger's indexes take the same inserts).
/// </summary>
internal static class StorageLimit
{
    private const string Decimal = "123.45";

    public static int WriteSameRows(string file, DateOnly date, int batchSize, int reviewed, int entries, int lines, DateTimeOffset postedAt)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }

        var keys = new List<(string Id, string Version)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText =
                "SELECT Id, Version FROM servicing_Loans WHERE Status IN ('Active','Delinquent','InPlan') ORDER BY Status, ClosedThrough, Id";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                keys.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var loans = LoanUpdate(connection, day, CloseOfBusinessRows.LoanColumns);
        using var quietLoans = LoanUpdate(connection, day, CloseOfBusinessRows.QuietLoanColumns);
        using var entryInsert = EntryInsert(connection, day, postedAt);
        var entryId = entryInsert.Parameters["$id"];
        using var lineInsert = LineInsert(connection);
        var lineEntry = lineInsert.Parameters["$entry"];
        var lineLoan = lineInsert.Parameters["$loan"];
        var batches = Math.Max(1, (keys.Count + batchSize - 1) / batchSize);
        var written = 0;
        for (var batch = 0; batch < batches; batch++)
        {
            var slice = keys.Skip(batch * batchSize).Take(batchSize).ToList();
            using var transaction = connection.BeginTransaction();
            loans.Transaction = quietLoans.Transaction = entryInsert.Transaction = lineInsert.Transaction = transaction;
            var full = Share(reviewed, batches, batch);
            foreach (var (loanId, loanVersion) in slice)
            {
                var update = full-- > 0 ? loans : quietLoans;
                update.Parameters["$v"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                update.Parameters["$id"].Value = loanId;
                update.Parameters["$old"].Value = loanVersion;
                written += update.ExecuteNonQuery();
            }

            var entryIds = new List<string>();
            for (var e = Share(entries, batches, batch); e > 0; e--)
            {
                entryIds.Add(Guid.CreateVersion7().ToString().ToUpperInvariant());
                entryId.Value = entryIds[^1];
                written += entryInsert.ExecuteNonQuery();
            }

            var lineCount = Share(lines, batches, batch);
            for (var l = 0; l < lineCount && entryIds.Count > 0; l++)
            {
                lineEntry.Value = entryIds[l % entryIds.Count];
                lineLoan.Value = slice.Count == 0 ? DBNull.Value : slice[l % slice.Count].Id;
                written += lineInsert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return written;
    }

    /// <summary>Batch <paramref name="batch"/>'s part of <paramref name="total"/> rows spread evenly over <paramref name="batches"/>.</summary>
    private static int Share(int total, int batches, int batch) => (int)((long)total * (batch + 1) / batches - (long)total * batch / batches);

    /// <summary>
    /// The loan columns the run writes (<see cref="CloseOfBusinessRows"/>), each bound as a parameter like the run binds it,
    /// with values of the same kinds: dates, counts, decimals as text.
    /// </summary>
    private static SqliteCommand LoanUpdate(SqliteConnection connection, string day, IReadOnlyList<string> written)
    {
        var command = connection.CreateCommand();
        var columns = written.Where(c => c != "Version").Select(c => (Column: c.Replace('.', '_'), Value: ValueLike(c, day))).ToList();
        foreach (var (column, value) in columns)
        {
            command.Parameters.AddWithValue($"${column}", value ?? DBNull.Value);
        }

        command.CommandText = $"UPDATE servicing_Loans SET {string.Join(", ", columns.Select(c => $"{c.Column}=${c.Column}"))}, Version=$v "
            + "WHERE Id=$id AND Version=$old";
        command.Parameters.Add("$v", SqliteType.Text);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$old", SqliteType.Text);
        return command;
    }

    private static object? ValueLike(string column, string day) => column switch
    {
        "Status" => "Active",
        "Bucket" => "current",
        "EarlyWarningReasons" => "",
        "EarlyWarningSince" or "OldestUnpaidDueDate" => null,
        "PlanInForce" or "DaysPastDue" or "EarlyWarningScore" or "RecentLatePayments" or "RecentPartialPayments" or "PaymentDriftDays" => 0,
        _ when column.EndsWith("Date", StringComparison.Ordinal) || column is "ClosedThrough" or "AccrualPeriodStart" or "AccrualPeriodEnd" => day,
        _ => Decimal,
    };

    private static SqliteCommand EntryInsert(SqliteConnection connection, string day, DateTimeOffset postedAt)
    {
        var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO servicing_JournalEntries (Id, Kind, BusinessDate, ValueDate, LoanId, SourceId, Memo, PostedBy, PostedAt) "
            + "VALUES ($id, $kind, $day, $day, NULL, NULL, $memo, $by, $at)";
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.AddWithValue("$kind", "Accrual");
        command.Parameters.AddWithValue("$day", day);
        command.Parameters.AddWithValue("$memo", $"Interest accrued, close of business {day}");
        command.Parameters.AddWithValue("$by", "close-of-business");
        command.Parameters.AddWithValue("$at", postedAt.UtcTicks);
        return command;
    }

    private static SqliteCommand LineInsert(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO servicing_JournalLines (EntryId, Account, Role, LoanId, Debit, Credit) "
            + "VALUES ($entry, $account, $role, $loan, $debit, $credit)";
        command.Parameters.Add("$entry", SqliteType.Text);
        command.Parameters.Add("$loan", SqliteType.Text);
        command.Parameters.AddWithValue("$account", "1132");
        command.Parameters.AddWithValue("$role", "InterestReceivable");
        command.Parameters.AddWithValue("$debit", Decimal);
        command.Parameters.AddWithValue("$credit", "0.0");
        return command;
    }
}
