using System.Globalization;
using TargetsDashboard.Data.Backups;

namespace TargetsDashboard.Dashboard.Cli;

/// <summary>A consistent copy of the SQLite database while the app runs (SQLite's online backup).</summary>
public sealed class BackupCommand : IOperatorCommand
{
    public string Name => "backup";

    public IReadOnlyCollection<string> Options { get; } = ["to"];

    public string Usage => "backup --to TỆP.db";

    public string Summary => "Sao lưu cơ sở dữ liệu SQLite vào một tệp mới (được khi ứng dụng đang chạy). Với SQL Server, dùng bản sao lưu của máy chủ SQL.";

    public async Task<int> RunAsync(CommandArguments arguments, IServiceProvider services, CommandOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Value("to") is not { } destination)
        {
            return output.Usage(this, "Cần --to (tệp sao lưu sẽ tạo).");
        }

        var result = await services.GetRequiredService<DatabaseBackup>().BackupToAsync(destination, cancellationToken);
        if (!result.Succeeded)
        {
            return output.Fail(result.Error!);
        }

        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Đã sao lưu vào {result.Path} ({result.Bytes:N0} byte)."));
        return ExitCodes.Success;
    }
}
