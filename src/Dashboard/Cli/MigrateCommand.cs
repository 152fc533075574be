using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Seeding;

namespace TargetsDashboard.Dashboard.Cli;

/// <summary>
/// Brings the database to this version: applies the migrations, then prepares it as a start of the web server would
/// (reference data, roles, the configured first administrator), so that the first start does not have to.
/// </summary>
public sealed class MigrateCommand : IOperatorCommand
{
    public string Name => "migrate";

    public IReadOnlyCollection<string> Options { get; } = [];

    public string Usage => "migrate";

    public string Summary => "Áp dụng các bản cập nhật cấu trúc cơ sở dữ liệu (migration) và dữ liệu danh mục; chạy sau mỗi lần nâng cấp.";

    public async Task<int> RunAsync(CommandArguments arguments, IServiceProvider services, CommandOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        List<string> pending;
        await using (var db = await services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
            await db.Database.MigrateAsync(cancellationToken);
        }

        // The same start-up steps as the web server, in the same order, through the same classes.
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var step in hosted.Where(s => s is DatabaseInitializer or AccountSeeder))
        {
            await step.StartAsync(cancellationToken);
        }

        output.Out.WriteLine(pending.Count == 0
            ? "Cơ sở dữ liệu đã ở phiên bản mới nhất; không có migration nào cần áp dụng."
            : $"Đã áp dụng {pending.Count} migration: {string.Join(", ", pending)}.");
        return ExitCodes.Success;
    }
}
