using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BackOffice.Servicing.Bench;

/// <summary>
/// Lays a large book as copies of a smaller one the domain generated: every row of the loans, their schedules,
/// payments, allocations and journal copied with new keys — a key's first hex digit becomes the copy's number and
/// its version digit F, which no generated key has, the same mapping everywhere, so references and the ledger
/// still agree. Laying a million loans through the domain
/// takes the best part of an hour on a busy 2-core machine; the copies carry the same mix of loans, dates and
/// ledger, so the close of business has the same work per loan.
/// </summary>
internal static class BookTiler
{
    private static readonly Dictionary<string, string[]> Keys = new()
    {
        ["servicing_Loans"] = ["Id", "ApplicationId"],
        ["servicing_Installments"] = ["LoanId"],
        ["servicing_Payments"] = ["Id", "LoanId"],
        ["servicing_Allocations"] = ["LoanId", "PaymentId"],
        ["servicing_JournalEntries"] = ["Id", "LoanId", "SourceId"],
        ["servicing_JournalLines"] = ["EntryId", "LoanId"],
    };

    /// <summary>Which rows are the original's: the keys the domain made (version 7) start with 0 in 2026.</summary>
    private static readonly Dictionary<string, string> Original = new()
    {
        ["servicing_Loans"] = "Id",
        ["servicing_Installments"] = "LoanId",
        ["servicing_Payments"] = "Id",
        ["servicing_Allocations"] = "LoanId",
        ["servicing_JournalEntries"] = "Id",
        ["servicing_JournalLines"] = "EntryId",
    };

    public static void Tile(string file, int tile, int copies, Action<int> progress)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        foreach (var (table, originalKey) in Original)
        {
            if (Scalar(connection, $"SELECT count(*) FROM {table} WHERE {originalKey} >= '1'") != 0)
            {
                throw new InvalidOperationException($"{table} holds keys not made in 2026; the book cannot be tiled.");
            }
        }

        for (var copy = 1; copy < copies; copy++)
        {
            var digit = copy.ToString("X", CultureInfo.InvariantCulture);
            using var transaction = connection.BeginTransaction();
            foreach (var (table, originalKey) in Original)
            {
                var columns = Columns(connection, table);
                var values = columns.Select(column => Mapped(table, column, digit, copy * tile));
                Execute(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} "
                    + $"FROM {table} WHERE {originalKey} < '1'", transaction);
            }

            transaction.Commit();
            progress((copy + 1) * tile);
        }

        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static string Mapped(string table, string column, string digit, int offset) => (table, column) switch
    {
        ("servicing_Loans", "LoanNumber") => $"'B-' || printf('%09d', CAST(substr(LoanNumber, 3) AS INTEGER) + {offset})",
        ("servicing_Payments", "ExternalReference") => $"'T{digit}-' || ExternalReference",
        _ when Keys[table].Contains(column) => $"'{digit}' || substr({column}, 2, 13) || 'F' || substr({column}, 16)",
        _ => column,
    };

    /// <summary>The table's columns but a key the database numbers itself.</summary>
    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, pk, type FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            if (!(reader.GetInt32(1) == 1 && reader.GetString(2) == "INTEGER"))
            {
                columns.Add(reader.GetString(0));
            }
        }

        return columns;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
