using Microsoft.EntityFrameworkCore;

namespace TargetsDashboard.Dashboard.Cli;

/// <summary>
/// The operator's commands on the app's own executable: <c>dotnet TargetsDashboard.Dashboard.dll migrate</c>, and so
/// on. The services, configuration (appsettings, environment variables, the environment) and rules are the web
/// server's; the web server itself does not start.
/// </summary>
public static class OperatorCommandLine
{
    public static IReadOnlyList<IOperatorCommand> Commands { get; } =
    [
        new MigrateCommand(),
        new CreateAdminCommand(),
        new ApiKeyCommand(),
        new ImportCommand(),
        new BackupCommand(),
    ];

    private static readonly string[] HelpWords = ["help", "--help", "-h"];

    /// <summary>
    /// True when the first argument is a word rather than a setting (<c>--urls …</c>, <c>key=value</c>): a command, a
    /// request for help, or a mistyped command, which is answered with the list rather than by starting the web server.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args is [var first, ..] && (HelpWords.Contains(first, StringComparer.OrdinalIgnoreCase)
            || (!first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal) && !first.StartsWith('/')));

    /// <summary>The actor written to the audit log and the import history: "cli:" and the operating-system user.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder> addServices, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(addServices);
        var console = new CommandOutput(output ?? Console.Out, error ?? Console.Error);
        if (HelpWords.Contains(args[0], StringComparer.OrdinalIgnoreCase))
        {
            WriteHelp(console.Out);
            return ExitCodes.Success;
        }

        var command = Commands.SingleOrDefault(c => c.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            console.Error.WriteLine($"Không có lệnh “{args[0]}”.");
            WriteHelp(console.Error);
            return ExitCodes.Usage;
        }

        var arguments = CommandArguments.Parse(args[1..], command.Options);
        if (arguments.Help)
        {
            console.Out.WriteLine($"dotnet TargetsDashboard.Dashboard.dll {command.Usage}");
            console.Out.WriteLine(command.Summary);
            return ExitCodes.Success;
        }

        if (arguments.Error is { } problem)
        {
            return console.Usage(command, problem);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. arguments.HostArgs] });
        // The command's own messages are what the operator reads; the framework's information logs would bury them.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        addServices(builder);
        await using var app = builder.Build();
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += stop;
        try
        {
            return await command.RunAsync(arguments, app.Services, console, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return console.Fail("Đã dừng theo yêu cầu; không có thay đổi nào dở dang được ghi.");
        }
        finally
        {
            Console.CancelKeyPress -= stop;
        }
    }

    /// <summary>A message when the database is not migrated to this version, or null. Commands that write need the schema.</summary>
    internal static async Task<string?> NotMigratedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0 ? null : $"Cơ sở dữ liệu còn {pending} bản cập nhật cấu trúc chưa áp dụng: hãy chạy lệnh 'migrate' trước.";
    }

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("TargetsDashboard – lệnh dành cho người vận hành (máy chủ web không khởi động).");
        output.WriteLine("Cách dùng: dotnet TargetsDashboard.Dashboard.dll <lệnh> [tham số] [cấu hình, ví dụ --environment Production]");
        output.WriteLine();
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Usage}");
            output.WriteLine($"      {command.Summary}");
        }

        output.WriteLine();
        output.WriteLine("Cấu hình (chuỗi kết nối, nhà cung cấp CSDL…) đọc như máy chủ web: appsettings.json, biến môi trường (Database__Provider, ConnectionStrings__Dashboard…).");
        output.WriteLine("Mã thoát: 0 thành công; 1 lệnh bị từ chối hoặc lỗi; 2 sai cú pháp lệnh.");
    }
}
