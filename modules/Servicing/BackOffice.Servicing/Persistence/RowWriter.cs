using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackOffice.Servicing.Persistence;

/// <summary>
/// One prepared UPDATE of chosen columns of one row, for the close of business, which writes a million rows
/// where tracking a million entities would cost more than the work. Table, column names and value conversions
/// come from the EF model, so the statement is right for either provider; the parameters are made once (the
/// type mapping configures them) and only their values change. With a concurrency column the row is written
/// only if it still holds the value read.
/// </summary>
internal sealed class RowWriter<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand command;
    private readonly List<(IClrPropertyGetter Read, DbParameter Parameter, ValueConverter? Converter)> values = [];
    private readonly (DbParameter Parameter, ValueConverter? Converter)? expected;

    public RowWriter(DbContext db, IReadOnlyList<string> columns, IReadOnlyList<string> keys, string? concurrency = null)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        string Bind(string property)
        {
            var metadata = entity.FindProperty(property)!;
            var name = sql.GenerateParameterName("p" + values.Count);
            values.Add((metadata.GetGetter(), Parameter(name, metadata), metadata.GetRelationalTypeMapping().Converter));
            return $"{Column(metadata)} = {name}";
        }

        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        var sets = string.Join(", ", columns.Select(Bind));
        var where = keys.Select(Bind).ToList();
        if (concurrency is not null)
        {
            var metadata = entity.FindProperty(concurrency)!;
            var name = sql.GenerateParameterName("expected");
            expected = (Parameter(name, metadata), metadata.GetRelationalTypeMapping().Converter);
            where.Add($"{Column(metadata)} = {name}");
        }

        command.CommandText = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {sets} WHERE {string.Join(" AND ", where)}";
    }

    /// <summary>Writes the row; false when it was not found (or no longer holds <paramref name="expectedValue"/>).</summary>
    public bool Write(T row, object? expectedValue = null)
    {
        foreach (var (read, parameter, converter) in values)
        {
            parameter.Value = ToProvider(read.GetClrValue(row), converter);
        }

        if (expected is { } check)
        {
            check.Parameter.Value = ToProvider(expectedValue, check.Converter);
        }

        // Synchronous on purpose: SQLite has no asynchronous I/O, and the async path only adds overhead per row.
        return command.ExecuteNonQuery() == 1;
    }

    private static object ToProvider(object? value, ValueConverter? converter) =>
        (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;

    private DbParameter Parameter(string name, IProperty property)
    {
        var parameter = property.GetRelationalTypeMapping().CreateParameter(command, name, null, nullable: true);
        command.Parameters.Add(parameter);
        return parameter;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
