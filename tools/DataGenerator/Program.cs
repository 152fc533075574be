using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

// Writes a fresh SQLite database of generated figures:
//   province: the 110 units of Đồng Nai × 5 indicators × 24 months (what the app seeds on first start)
//   national: 4,000 units × 5 indicators × 36 months, about 720,000 figures
// Usage: dotnet run --project tools/DataGenerator -c Release -- <province|national> <file.db> [last month yyyy-MM]
if (args.Length < 2 || args[0] is not ("province" or "national"))
{
    Console.Error.WriteLine("Usage: DataGenerator <province|national> <file.db> [last month yyyy-MM, default 2025-10]");
    return 2;
}

var national = args[0] == "national";
var file = Path.GetFullPath(args[1]);
var lastMonth = args.Length > 2 && YearMonth.TryParseIso(args[2], out var parsed) ? parsed : new YearMonth(2025, 10);
var months = national ? 36 : 24;
foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
{
    File.Delete(file + suffix);
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Dashboard"] = $"Data Source={file}",
    ["Database:SeedDemoData"] = "false",
}).Build();
var environment = new HostingEnvironment { ContentRootPath = Path.GetDirectoryName(file)!, EnvironmentName = Environments.Production };
await using var services = new ServiceCollection()
    .AddLogging(l => l.AddConsole().SetMinimumLevel(LogLevel.Warning))
    .AddTargetsData(configuration, environment)
    .BuildServiceProvider();

var clock = Stopwatch.StartNew();
var contexts = services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
await using (var db = await contexts.CreateDbContextAsync())
{
    await db.Database.MigrateAsync();
}

var units = national ? ScaledCatalog.Create(UnitCatalog.DongNai(), 4_000) : UnitCatalog.DongNai();
var firstMonth = lastMonth.AddMonths(1 - months);
var seeder = services.GetRequiredService<DemoDataSeeder>();
await seeder.SeedReferenceDataAsync(units, firstMonth.FirstDay, CancellationToken.None);

int written;
if (national)
{
    await using var db = await contexts.CreateDbContextAsync();
    written = await BulkFigureWriter.WriteAsync(db, new DemoDataGenerator().Generate(units, firstMonth, months), CancellationToken.None);
}
else
{
    written = await seeder.SeedDemoFiguresAsync(new DemoDataGenerator(), lastMonth, months, CancellationToken.None);
}

await using (var db = await contexts.CreateDbContextAsync())
{
    // Fold the WAL into the file so that its size is the database's size.
    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
}

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{args[0]}: {units.Count} units, {months} months to {lastMonth}, {written} figures, {new FileInfo(file).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:0.0} s → {file}"));
return 0;
