using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace TargetsDashboard.LoadBench;

/// <summary>
/// The app in its own process, in Production, on a copy of a generated database, on a free port; the GC settings
/// come from the driver's environment (DOTNET_gcServer, DOTNET_GCgen0size, DOTNET_GCHeapHardLimit, …), which the
/// app inherits.
/// </summary>
public sealed partial class AppUnderTest : IAsyncDisposable
{
    public const string User = "bench";
    public const string Password = "Bench@2026x";

    private readonly Process _process;
    private readonly DirectoryInfo _folder;

    private AppUnderTest(Process process, DirectoryInfo folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>An ingestion API key issued before the start (saves mode), or null.</summary>
    public string? ApiKey { get; private set; }

    public static async Task<AppUnderTest> StartAsync(string appDll, string database, bool withApiKey)
    {
        var folder = Directory.CreateTempSubdirectory("targets-load-");
        var copy = Path.Combine(folder.FullName, "bench.db");
        File.Copy(database, copy);
        string? key = null;
        if (withApiKey)
        {
            using var cli = Process.Start(Start(appDll, copy, "api-key", "create", "--name", "bench-load")) ?? throw new InvalidOperationException("The command line did not start.");
            var output = await cli.StandardOutput.ReadToEndAsync();
            await cli.StandardError.ReadToEndAsync();
            await cli.WaitForExitAsync();
            key = KeyPattern().Match(output).Value;
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Process.Start(Start(appDll, copy, "--urls", baseAddress.ToString())) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppUnderTest(process, folder, baseAddress) { ApiKey = key };
        await app.WaitUntilUpAsync();
        return app;
    }

    /// <summary>VmRSS of the app's process, from /proc.</summary>
    public long RssBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>Signs in through the form as a browser does; returns the cookie header of the session.</summary>
    public async Task<string> SignInAsync()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = BaseAddress };
        var form = await http.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["tenDangNhap"] = User,
            ["matKhau"] = Password,
            ["returnUrl"] = "/",
        });
        using var response = await http.PostAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative), body);
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Sign-in answered {(int)response.StatusCode}.");
        }

        return cookies.GetCookieHeader(BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _folder.Delete(recursive: true);
    }

    private static ProcessStartInfo Start(string appDll, string database, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.GetFullPath(appDll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database}";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Province__Name"] = "Đồng Nai";
        start.Environment["Accounts__InitialAdminUserName"] = User;
        start.Environment["Accounts__InitialAdminPassword"] = Password;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/dang-nhap", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(120) && !_process.HasExited)
            {
            }

            await Task.Delay(100);
        }
    }

    [GeneratedRegex("tdk_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}
