using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackOffice.BenchKit;

/// <summary>
/// Inserts entities with one prepared INSERT, its columns and value conversions taken from the EF model
/// (owned and complex types included), so generated rows are exactly what the application would have written.
/// </summary>
public sealed class RowInserter<T> : IDisposable
    where T : class
{
    private readonly DbCommand command;
    private readonly List<(Func<T, object?> Read, DbParameter Parameter, Func<object?, object?> Convert)> columns = [];

    public RowInserter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        command = db.Database.GetDbConnection().CreateCommand();
        var names = new List<string>();
        foreach (var property in entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd && !p.IsShadowProperty()))
        {
            var getter = property.GetGetter();
            Add(property, e => getter.GetClrValue(e));
        }

        // A complex type (the loan's posted ledger position) lives in the entity's own row.
        foreach (var complex in entity.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                var getter = property.GetGetter();
                Add(property, e => getter.GetClrValueUsingContainingEntity(e));
            }
        }

        foreach (var owned in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var ownerGetter = owned.GetGetter();
            foreach (var property in owned.TargetEntityType.GetProperties().Where(p => !p.IsKey()))
            {
                var getter = property.GetGetter();
                Add(property, e => ownerGetter.GetClrValue(e) is { } value ? getter.GetClrValue(value) : null);
            }
        }

        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)})"
            + $" VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})";

        void Add(IProperty property, Func<T, object?> read)
        {
            var mapping = property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, "@p" + columns.Count, null, nullable: true);
            command.Parameters.Add(parameter);
            var converter = mapping.Converter;
            columns.Add((read, parameter, value => value is null ? null : converter is null ? value : converter.ConvertToProvider(value)));
            names.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
        }
    }

    public DbTransaction? Transaction
    {
        set => command.Transaction = value;
    }

    public void Insert(T row)
    {
        foreach (var (read, parameter, convert) in columns)
        {
            parameter.Value = convert(read(row)) ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
