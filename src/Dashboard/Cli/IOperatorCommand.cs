namespace TargetsDashboard.Dashboard.Cli;

/// <summary>One command of the operator's command line.</summary>
public interface IOperatorCommand
{
    string Name { get; }

    /// <summary>The command's options, without the leading dashes.</summary>
    IReadOnlyCollection<string> Options { get; }

    /// <summary>How to call it, e.g. "create-admin --user TÊN --password MẬT_KHẨU".</summary>
    string Usage { get; }

    string Summary { get; }

    /// <summary>Runs the command over the app's services; returns the process's exit code.</summary>
    Task<int> RunAsync(CommandArguments arguments, IServiceProvider services, CommandOutput output, CancellationToken cancellationToken);
}

/// <summary>Where a command writes: results to standard output, problems to standard error.</summary>
public sealed record CommandOutput(TextWriter Out, TextWriter Error)
{
    public int Fail(string message)
    {
        Error.WriteLine(message);
        return ExitCodes.Failed;
    }

    public int Usage(IOperatorCommand command, string message)
    {
        ArgumentNullException.ThrowIfNull(command);
        Error.WriteLine(message);
        Error.WriteLine($"Cách dùng: dotnet TargetsDashboard.Dashboard.dll {command.Usage}");
        return ExitCodes.Usage;
    }
}

/// <summary>Exit codes: 0 only on success.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and was refused or failed (bad data, an existing user, SQL Server for a backup).</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: unknown command, a missing or malformed option.</summary>
    public const int Usage = 2;
}
