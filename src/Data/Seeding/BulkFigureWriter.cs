using System.Data.Common;

namespace TargetsDashboard.Data.Seeding;

/// <summary>
/// Writes generated benchmark figures with one prepared statement in one transaction: national-scale sets
/// (720,000 figures) take seconds instead of minutes through the change tracker. These rows are not audited: they are
/// generated test data, not changes anybody made. The app's own writes always go through EF and the audit interceptor.
/// </summary>
public static class BulkFigureWriter
{
    public static async Task<int> WriteAsync(TargetsDbContext db, IEnumerable<DemoFigure> figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(figures);
        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var indicatorIds = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO "Measurements" ("UnitId", "IndicatorId", "Month", "Numerator", "Denominator", "Source", "SourceReference", "UpdatedBy", "UpdatedAtUtc", "Version")
                VALUES ($unit, $indicator, $month, $numerator, $denominator, $source, 'DemoDataGenerator', 'generator', $at, 0)
                """;
            var unit = Add(command, "$unit");
            var indicator = Add(command, "$indicator");
            var month = Add(command, "$month");
            var numerator = Add(command, "$numerator");
            var denominator = Add(command, "$denominator");
            Add(command, "$source").Value = nameof(MeasurementSource.Demo);
            Add(command, "$at").Value = DateTime.UtcNow;
            await command.PrepareAsync(cancellationToken);

            var count = 0;
            foreach (var figure in figures)
            {
                unit.Value = unitIds[figure.UnitCode];
                indicator.Value = indicatorIds[figure.IndicatorCode];
                month.Value = figure.Month.FirstDay;
                numerator.Value = figure.Numerator;
                denominator.Value = figure.Denominator;
                await command.ExecuteNonQueryAsync(cancellationToken);
                count++;
            }

            await transaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
