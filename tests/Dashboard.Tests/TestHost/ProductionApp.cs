using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// The whole app in the Production environment over a fresh SQLite file, configured as an office would configure it:
/// by settings only (the keys the deployment's environment variables set).
/// </summary>
public sealed class ProductionApp : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin.tinh";
    public const string AdminPassword = "Khoi@Tao2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "targets-prod-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ProductionApp(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        Directory.CreateDirectory(_folder);
    }

    public string DatabaseFile => Path.Combine(_folder, "prod.db");

    /// <summary>A Hưng Yên office: its name, its units file from shared/data, the directive preset and a first administrator.</summary>
    public static Dictionary<string, string?> HungYen() => new()
    {
        ["Province:Name"] = "Hưng Yên",
        ["Province:UnitCatalog"] = SharedDataFile("hung-yen-units.json"),
        ["Province:IndicatorPreset"] = "directive-2025",
        ["Accounts:InitialAdminUserName"] = AdminUser,
        ["Accounts:InitialAdminPassword"] = AdminPassword,
    };

    /// <summary>A file of ../shared/data beside the repository, as on CI.</summary>
    public static string SharedDataFile(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TargetsDashboard.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.Parent?.FullName ?? throw new InvalidOperationException("Repository root not found."), "shared", "data", name);
        return File.Exists(path) ? path : throw new FileNotFoundException("shared/data is expected beside the repository.", path);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={DatabaseFile};Pooling=False");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
