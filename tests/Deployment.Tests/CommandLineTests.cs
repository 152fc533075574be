using System.Text.Json;
using System.Text.RegularExpressions;

namespace TargetsDashboard.Deployment.Tests;

/// <summary>The operator's commands of the published app: exit code 0 only on success, and messages that say what happened.</summary>
[Collection(PublishedAppGroup.Name)]
public sealed partial class CommandLineTests(PublishedApp app) : IDisposable
{
    // Demo figures would only get in the way of counting what the commands wrote (Production never has them anyway).
    private readonly Site _site = new() { SeedDemoData = false };

    [Fact]
    public async Task Help_ListsEveryCommandAndExitsZero()
    {
        var help = await app.CliAsync(_site.Environment, "--help");
        var commandHelp = await app.CliAsync(_site.Environment, "import", "--help");

        Assert.True(help.ExitCode == 0, help.ToString());
        foreach (var command in new[] { "migrate", "create-admin", "api-key create", "import", "backup" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }

        Assert.True(commandHelp.ExitCode == 0, commandHelp.ToString());
        Assert.Contains("--mode replace|add-missing", commandHelp.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithTheList()
    {
        var run = await app.CliAsync(_site.Environment, "migrat");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Không có lệnh “migrat”", run.Error, StringComparison.Ordinal);
        Assert.Contains("migrate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationThenHasNothingLeft()
    {
        var first = await app.CliAsync(_site.Environment, "migrate");
        var second = await app.CliAsync(_site.Environment, "migrate");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("DataProtectionKeys", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("không có migration nào cần áp dụng", second.Output, StringComparison.Ordinal);
        Assert.NotEmpty(_site.Query("SELECT Code FROM Units"));
    }

    [Fact]
    public async Task CreateAdmin_BeforeMigrate_FailsAndSaysToMigrate()
    {
        var run = await app.CliAsync(_site.Environment, "create-admin", "--user", "it-tinh", "--password", "Quan@Tri2026");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("'migrate'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_NewUser_CanSignInAndTheSameNameAgainIsRefused()
    {
        await MigrateAsync();

        var created = await app.CliAsync(_site.Environment, "create-admin", "--user", "it-tinh", "--password", "Quan@Tri2026");
        var again = await app.CliAsync(_site.Environment, "create-admin", "--user", "it-tinh", "--password", "Quan@Tri2026");
        var weak = await app.CliAsync(_site.Environment, "create-admin", "--user", "it-tinh-2", "--password", "abc");
        var missing = await app.CliAsync(_site.Environment, "create-admin", "--user", "it-tinh-3");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Đã tạo tài khoản quản trị “it-tinh”", created.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Contains("it-tinh", again.Error, StringComparison.Ordinal);
        Assert.True(weak.ExitCode == 1, weak.ToString());
        Assert.Empty(_site.Query("SELECT UserName FROM AspNetUsers WHERE UserName = 'it-tinh-2'"));
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("--password", missing.Error, StringComparison.Ordinal);
        Assert.Equal(["Administrator"], _site.Query("SELECT r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE u.UserName = 'it-tinh'"));
    }

    [Fact]
    public async Task ApiKeyCreate_PrintsTheKeyOnceStoresOnlyItsHashAndRefusesADuplicateName()
    {
        await MigrateAsync();

        var issued = await app.CliAsync(_site.Environment, "api-key", "create", "--name", "he-thong-tthc");
        var duplicate = await app.CliAsync(_site.Environment, "api-key", "create", "--name", "he-thong-tthc");
        var noVerb = await app.CliAsync(_site.Environment, "api-key", "--name", "x");

        Assert.True(issued.ExitCode == 0, issued.ToString());
        var key = Assert.Single(issued.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches(ApiKeyPattern(), key);
        Assert.Equal(["cli:" + Environment.UserName], _site.Query("SELECT CreatedBy FROM ApiClients WHERE Name = 'he-thong-tthc'"));
        Assert.DoesNotContain(key, string.Join(' ', _site.Query("SELECT KeyHash FROM ApiClients")), StringComparison.Ordinal);
        Assert.True(duplicate.ExitCode == 1, duplicate.ToString());
        Assert.Contains("he-thong-tthc", duplicate.Error, StringComparison.Ordinal);
        Assert.True(noVerb.ExitCode == 2, noVerb.ToString());
    }

    [Fact]
    public async Task ImportJson_ValidBody_WritesTheFiguresWithHistoryAndAudit()
    {
        await MigrateAsync();
        var file = WriteBody("2025-11", "replace", 12, 40);

        var run = await app.CliAsync(_site.Environment, "import", "--file", file, "--month", "2025-11", "--mode", "replace");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Đã nhập số liệu tháng 11/2025: thêm 2", run.Output, StringComparison.Ordinal);
        var actor = "cli:" + Environment.UserName;
        Assert.Equal([actor], _site.Query("SELECT UserName FROM ImportBatches"));
        Assert.Equal(["12", "12"], _site.Query("SELECT Numerator FROM Measurements WHERE Month = '2025-11-01'"));
        Assert.Equal(2, _site.Query($"SELECT Id FROM AuditLog WHERE ImportBatchId IS NOT NULL AND UserName = '{actor}'").Count);
    }

    [Fact]
    public async Task ImportJson_ANumeratorAboveItsDenominator_WritesNothingAndNamesTheItem()
    {
        await MigrateAsync();
        var file = WriteBody("2025-11", "replace", 50, 40);

        var run = await app.CliAsync(_site.Environment, "import", "--file", file, "--month", "2025-11", "--mode", "replace");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("không có số liệu nào được ghi", run.Error, StringComparison.Ordinal);
        Assert.Contains("items[0]", run.Error, StringComparison.Ordinal);
        Assert.Empty(_site.Query("SELECT Id FROM Measurements"));
    }

    [Fact]
    public async Task Import_WrongArguments_AreRefusedBeforeAnythingIsRead()
    {
        await MigrateAsync();
        var file = WriteBody("2025-11", "replace", 12, 40);

        var otherMonth = await app.CliAsync(_site.Environment, "import", "--file", file, "--month", "2025-10", "--mode", "replace");
        var badMode = await app.CliAsync(_site.Environment, "import", "--file", file, "--month", "2025-11", "--mode", "overwrite");
        var badMonth = await app.CliAsync(_site.Environment, "import", "--file", file, "--month", "11/2025", "--mode", "replace");
        var noFile = await app.CliAsync(_site.Environment, "import", "--file", Path.Combine(_site.Folder, "none.xlsx"), "--month", "2025-11", "--mode", "replace");

        Assert.True(otherMonth.ExitCode == 1, otherMonth.ToString());
        Assert.Contains("khác với --month/--mode", otherMonth.Error, StringComparison.Ordinal);
        Assert.True(badMode.ExitCode == 2, badMode.ToString());
        Assert.Contains("replace (ghi đè số liệu đã có) hoặc add-missing", badMode.Error, StringComparison.Ordinal);
        Assert.True(badMonth.ExitCode == 2, badMonth.ToString());
        Assert.True(noFile.ExitCode == 1, noFile.ToString());
        Assert.Contains("Không tìm thấy tệp", noFile.Error, StringComparison.Ordinal);
        Assert.Empty(_site.Query("SELECT Id FROM Measurements"));
    }

    [Fact]
    public async Task Backup_Sqlite_WritesACopyAndNeverOverwrites()
    {
        await MigrateAsync();
        var target = Path.Combine(_site.Folder, "backups", "manual.db");

        var first = await app.CliAsync(_site.Environment, "backup", "--to", target);
        var again = await app.CliAsync(_site.Environment, "backup", "--to", target);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(target, first.Output, StringComparison.Ordinal);
        Assert.Equal(_site.Query("SELECT Code FROM Units ORDER BY Code"), _site.Query("SELECT Code FROM Units ORDER BY Code", target));
        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Contains("đã có", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_SqlServer_ExitsNonZeroAndPointsToTheServersBackups()
    {
        var run = await app.CliAsync(
            _site.With(("Database__Provider", "SqlServer"), ("ConnectionStrings__Dashboard", "Server=127.0.0.1,1;Database=TargetsDashboard;Connect Timeout=1;TrustServerCertificate=True")),
            "backup", "--to", Path.Combine(_site.Folder, "never.db"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("SQL Server", run.Error, StringComparison.Ordinal);
        Assert.Contains("BACKUP DATABASE", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Folder, "never.db")));
    }

    public void Dispose() => _site.Dispose();

    private async Task MigrateAsync()
    {
        var run = await app.CliAsync(_site.Environment, "migrate");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>An API body for the first two units of the database and the indicator DIGITIZED.</summary>
    private string WriteBody(string month, string mode, int numerator, int denominator)
    {
        var units = _site.Query("SELECT Code FROM Units WHERE ValidTo IS NULL ORDER BY Code LIMIT 2");
        var body = new
        {
            month,
            mode,
            items = units.Select(u => new { unitCode = u, indicatorCode = "DIGITIZED", numerator, denominator }).ToArray(),
        };
        var file = Path.Combine(_site.Folder, $"body-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(body));
        return file;
    }

    [GeneratedRegex("^tdk_[A-Za-z0-9_-]{43}$")]
    private static partial Regex ApiKeyPattern();
}
