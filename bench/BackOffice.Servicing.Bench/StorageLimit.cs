using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BackOffice.Servicing.Bench;

/// <summary>
/// What the storage alone costs: the open loans read by key, and the columns a close of business writes on
/// each loan row written back with the same guarded UPDATE, in batches of the same size, no domain work.
/// </summary>
internal static class StorageLimit
{
    public static int WriteSameLoanRows(string file, DateOnly date, int batchSize)
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

        using var write = connection.CreateCommand();
        write.CommandText = "UPDATE servicing_Loans SET ClosedThrough=$d, AccruedInterest=$a, DaysPastDue=$p, Bucket=$b, Status=$s, PlanInForce=0, "
            + "EarlyWarningScore=$e, EarlyWarningReasons=$r, EarlyWarningSince=NULL, Version=$v WHERE Id=$id AND Version=$old";
        var day = write.Parameters.Add("$d", SqliteType.Text);
        var accrued = write.Parameters.Add("$a", SqliteType.Text);
        var late = write.Parameters.Add("$p", SqliteType.Integer);
        var bucket = write.Parameters.Add("$b", SqliteType.Text);
        var status = write.Parameters.Add("$s", SqliteType.Text);
        var score = write.Parameters.Add("$e", SqliteType.Integer);
        var reasons = write.Parameters.Add("$r", SqliteType.Text);
        var version = write.Parameters.Add("$v", SqliteType.Text);
        var id = write.Parameters.Add("$id", SqliteType.Text);
        var old = write.Parameters.Add("$old", SqliteType.Text);
        var written = 0;
        for (var start = 0; start < keys.Count; start += batchSize)
        {
            using var transaction = connection.BeginTransaction();
            write.Transaction = transaction;
            foreach (var (loanId, loanVersion) in keys.Skip(start).Take(batchSize))
            {
                day.Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                accrued.Value = "123.45";
                late.Value = 0;
                bucket.Value = "current";
                status.Value = "Active";
                score.Value = 0;
                reasons.Value = "";
                version.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                id.Value = loanId;
                old.Value = loanVersion;
                written += write.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return written;
    }
}
