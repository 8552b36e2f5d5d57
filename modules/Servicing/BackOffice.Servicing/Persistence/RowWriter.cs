using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackOffice.Servicing.Persistence;

/// <summary>
/// One prepared UPDATE of chosen columns of one row (or INSERT of a new row), for the close of business, which
/// writes a million rows where tracking a million entities would cost more than the work. Table, column names and value conversions
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

    /// <summary>Inserts rows with the given columns (a database-generated key left out).</summary>
    public RowWriter(DbContext db, IReadOnlyList<string> columns)
        : this(db, columns, keys: [], concurrency: null, insert: true)
    {
    }

    /// <summary>Inserts rows with every column the database does not generate.</summary>
    public static RowWriter<T> Inserting(DbContext db) =>
        new(db, [.. db.Model.FindEntityType(typeof(T))!.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).Select(p => p.Name)]);

    public RowWriter(DbContext db, IReadOnlyList<string> columns, IReadOnlyList<string> keys, string? concurrency = null)
        : this(db, columns, keys, concurrency, insert: false)
    {
    }

    private RowWriter(DbContext db, IReadOnlyList<string> columns, IReadOnlyList<string> keys, string? concurrency, bool insert)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        // "Posted.Cash" names a property of a complex type stored in the entity's own row.
        IProperty Find(string path) => path.Split('.') is [var complex, var inner]
            ? entity.FindComplexProperty(complex)!.ComplexType.FindProperty(inner)!
            : entity.FindProperty(path)!;

        string Bind(string path)
        {
            var metadata = Find(path);
            var name = sql.GenerateParameterName("p" + values.Count);
            values.Add((metadata.GetGetter(), Parameter(name, metadata), metadata.GetRelationalTypeMapping().Converter));
            return name;
        }

        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        var target = sql.DelimitIdentifier(table.Name, table.Schema);
        if (insert)
        {
            var names = string.Join(", ", columns.Select(c => Column(Find(c))));
            command.CommandText = $"INSERT INTO {target} ({names}) VALUES ({string.Join(", ", columns.Select(Bind))})";
            return;
        }

        var sets = string.Join(", ", columns.Select(c => $"{Column(Find(c))} = {Bind(c)}"));
        var where = keys.Select(k => $"{Column(Find(k))} = {Bind(k)}").ToList();
        if (concurrency is not null)
        {
            var metadata = entity.FindProperty(concurrency)!;
            var name = sql.GenerateParameterName("expected");
            expected = (Parameter(name, metadata), metadata.GetRelationalTypeMapping().Converter);
            where.Add($"{Column(metadata)} = {name}");
        }

        command.CommandText = $"UPDATE {target} SET {sets} WHERE {string.Join(" AND ", where)}";
    }

    /// <summary>Writes the row; false when it was not found (or no longer holds <paramref name="expectedValue"/>). An insert writes one.</summary>
    public bool Write(T row, object? expectedValue = null)
    {
        foreach (var (read, parameter, converter) in values)
        {
            parameter.Value = ToProvider(read.GetClrValueUsingContainingEntity(row), converter);
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
