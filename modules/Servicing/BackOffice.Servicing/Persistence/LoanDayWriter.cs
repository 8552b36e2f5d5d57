using System.Data.Common;
using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackOffice.Servicing.Persistence;

/// <summary>
/// Writes what closing a day changes on a loan whose installments did not change: one prepared UPDATE per
/// loan, instead of tracking a million entities. Table, column names and value conversions come from the EF
/// model, so the statement is right for either provider. The row is written only if nobody changed the loan
/// since it was read (its version); otherwise the run closes that loan again from a fresh read.
/// </summary>
internal sealed class LoanDayWriter : IAsyncDisposable
{
    private static readonly string[] DayColumns =
    [
        nameof(LoanAccount.ClosedThrough), nameof(LoanAccount.AccruedInterest), nameof(LoanAccount.DaysPastDue), nameof(LoanAccount.Bucket),
        nameof(LoanAccount.Status), nameof(LoanAccount.PlanInForce), nameof(LoanAccount.EarlyWarningScore), nameof(LoanAccount.EarlyWarningReasons),
        nameof(LoanAccount.EarlyWarningSince), nameof(LoanAccount.Version),
    ];

    private readonly DbCommand command;
    private readonly IProperty[] sets;
    private readonly IProperty id;
    private readonly IProperty version;

    public LoanDayWriter(ServicingDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(LoanAccount))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        sets = [.. DayColumns.Select(name => entity.FindProperty(name)!)];
        id = entity.FindProperty(nameof(LoanAccount.Id))!;
        version = entity.FindProperty(nameof(LoanAccount.Version))!;
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET "
            + string.Join(", ", sets.Select((p, i) => $"{Column(p)} = {sql.GenerateParameterName("p" + i)}"))
            + $" WHERE {Column(id)} = {sql.GenerateParameterName("id")} AND {Column(version)} = {sql.GenerateParameterName("version")}";
    }

    /// <summary>Writes the day's figures; false when the loan changed since <paramref name="readVersion"/>.</summary>
    public async Task<bool> WriteAsync(LoanAccount loan, Guid readVersion, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        for (var i = 0; i < sets.Length; i++)
        {
            Add("p" + i, sets[i], sets[i].GetGetter().GetClrValue(loan));
        }

        Add("id", id, loan.Id);
        Add("version", version, readVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private void Add(string name, IProperty property, object? value) =>
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
