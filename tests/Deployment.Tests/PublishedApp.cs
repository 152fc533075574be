using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TargetsDashboard.Deployment.Tests;

/// <summary>The tests that run the published app share one publish and run one after another (each starts processes).</summary>
[CollectionDefinition(Name)]
public sealed class PublishedAppGroup : ICollectionFixture<PublishedApp>
{
    public const string Name = "Published app";
}

/// <summary>What a command printed and how it ended.</summary>
public sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";
}

/// <summary>
/// <c>dotnet publish src/Dashboard -c Release -o …</c> once per test run, the same command the README's "Deploying"
/// section gives; then the published app's commands and web server as separate processes.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public const string AppDll = "TargetsDashboard.Dashboard.dll";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder of the published files; also the working directory of every process, as the systemd unit sets it.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "targets-published", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var publish = await RunAsync("dotnet", ["publish", Path.Combine(RepositoryRoot, "src", "Dashboard"), "-c", "Release", "-o", Folder, "-v", "q", "-m:1"], RepositoryRoot, new Dictionary<string, string?>(), TimeSpan.FromMinutes(15));
        if (publish.ExitCode != 0 || !File.Exists(Path.Combine(Folder, AppDll)))
        {
            throw new InvalidOperationException($"dotnet publish failed: {publish}");
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary><c>dotnet TargetsDashboard.Dashboard.dll &lt;args&gt;</c> with <paramref name="environment"/>.</summary>
    public Task<CommandRun> CliAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunAsync("dotnet", [AppDll, .. args], Folder, environment, TimeSpan.FromMinutes(3));

    /// <summary>Starts the web server on a free loopback port and waits until /healthz answers.</summary>
    public async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var port = FreePort();
        var start = Start("dotnet", [AppDll, "--urls", $"http://127.0.0.1:{port}"], Folder, environment);
        var app = new AppProcess(start.Process, new Uri($"http://127.0.0.1:{port}"), start.Output);
        await app.WaitUntilAliveAsync(TimeSpan.FromSeconds(90));
        return app;
    }

    public static async Task<CommandRun> RunAsync(string file, string[] args, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var (process, output, error) = Start(file, args, workingDirectory, environment);
        using (process)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout}: {output}");
            }

            // The asynchronous readers finish after the exit: wait for the last lines.
            process.WaitForExit();
            return new CommandRun(process.ExitCode, output.ToString(), error.ToString());
        }
    }

    private static (Process Process, StringBuilder Output, StringBuilder Error) Start(string file, string[] args, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host's own settings must not leak into the app.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output, error);
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TargetsDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TargetsDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The published web server running in its own process; disposed by killing that process (and its browser).</summary>
public sealed class AppProcess(Process process, Uri baseAddress, StringBuilder output) : IAsyncDisposable
{
    public Uri BaseAddress { get; } = baseAddress;

    public string Log
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>A client that keeps its cookies in <paramref name="cookies"/> and does not follow redirects.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public async Task WaitUntilAliveAsync(TimeSpan timeout)
    {
        using var client = Client();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with exit code {process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app did not answer /healthz within {timeout}:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
