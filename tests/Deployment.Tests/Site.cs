using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace TargetsDashboard.Deployment.Tests;

/// <summary>
/// One office's installation, as the README's "Deploying" section configures it: Production, the province of Hưng
/// Yên, a SQLite file of its own, a first administrator. Tests change single settings with <see cref="With"/>.
/// </summary>
public sealed partial class Site : IDisposable
{
    public const string AdminUser = "quantri-tinh";
    public const string AdminPassword = "HungYen@2026";

    private readonly Dictionary<string, string?> _environment;

    public Site()
    {
        Directory.CreateDirectory(Folder);
        _environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Dashboard"] = $"Data Source={DatabaseFile}",
            ["Province__Name"] = "Hưng Yên",
            ["Province__UnitCatalog"] = Path.GetFullPath(Path.Combine(PublishedApp.RepositoryRoot, "..", "shared", "data", "hung-yen-units.json")),
            ["Province__IndicatorPreset"] = "directive-2025",
            ["Accounts__InitialAdminUserName"] = AdminUser,
            ["Accounts__InitialAdminPassword"] = AdminPassword,
        };
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "targets-site", Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(Folder, "dashboard.db");

    public IReadOnlyDictionary<string, string?> Environment => _environment;

    /// <summary>Set to false to say so explicitly; left alone, the app's own rule decides (never demo data in Production).</summary>
    public bool? SeedDemoData
    {
        get => _environment.TryGetValue("Database__SeedDemoData", out var value) ? bool.Parse(value!) : null;
        init => _environment["Database__SeedDemoData"] = value?.ToString();
    }

    /// <summary>The same settings with one more or one changed.</summary>
    public IReadOnlyDictionary<string, string?> With(params (string Key, string? Value)[] settings)
    {
        var copy = new Dictionary<string, string?>(_environment);
        foreach (var (key, value) in settings)
        {
            copy[key] = value;
        }

        return copy;
    }

    /// <summary>Reads one column of a query from the site's database (the unit codes, the indicator codes…).</summary>
    public IReadOnlyList<string> Query(string sql, string? database = null)
    {
        using var connection = new SqliteConnection($"Data Source={database ?? DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>Signs in through the sign-in form (antiforgery token, password); returns the answer's redirect target.</summary>
    public static async Task<string?> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["tenDangNhap"] = userName,
            ["matKhau"] = password,
            ["returnUrl"] = "/",
        });
        using var response = await client.PostAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative), content);
        return response.Headers.Location?.OriginalString;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
