namespace TargetsDashboard.Dashboard.Cli;

/// <summary>
/// A command's own options (<c>--user U</c>); everything else is handed to the host's configuration, so that
/// <c>--environment Production</c> or <c>--Database:Provider SqlServer</c> work as they do for the web server.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    private CommandArguments(IReadOnlyList<string> words, IReadOnlyList<string> hostArgs, bool help, string? error)
    {
        Words = words;
        HostArgs = hostArgs;
        Help = help;
        Error = error;
    }

    /// <summary>Words after the command that are not options, e.g. "create" in <c>api-key create</c>.</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> HostArgs { get; }

    public bool Help { get; }

    /// <summary>Why the arguments cannot be read (an option without its value), or null.</summary>
    public string? Error { get; }

    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        var words = new List<string>();
        var hostArgs = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var help = false;
        string? error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && options.Contains(arg[2..], StringComparer.OrdinalIgnoreCase))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error ??= $"Tham số {arg} cần một giá trị.";
                    continue;
                }

                values[arg[2..]] = args[++i];
            }
            else if (arg.StartsWith('-'))
            {
                hostArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                {
                    hostArgs.Add(args[++i]);
                }
            }
            else
            {
                words.Add(arg);
            }
        }

        var parsed = new CommandArguments(words, hostArgs, help, error);
        foreach (var (key, value) in values)
        {
            parsed._values[key] = value;
        }

        return parsed;
    }

    public string? Value(string option) => _values.TryGetValue(option, out var value) ? value : null;
}
