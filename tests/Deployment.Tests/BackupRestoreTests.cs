using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace TargetsDashboard.Deployment.Tests;

/// <summary>Scheduled backups of the running app, and one of them restored: the app starts on it with the data and accounts.</summary>
[Collection(PublishedAppGroup.Name)]
public sealed class BackupRestoreTests(PublishedApp app) : IDisposable
{
    private readonly Site _site = new() { SeedDemoData = false };

    [Fact]
    public async Task ScheduledBackups_KeepTheNewestN_AndOneRestoredServesTheSameData()
    {
        Assert.Equal(0, (await app.CliAsync(_site.Environment, "migrate")).ExitCode);
        var key = await app.CliAsync(_site.Environment, "api-key", "create", "--name", "truoc-sao-luu");
        Assert.Equal(0, key.ExitCode);
        var folder = Path.Combine(_site.Folder, "backups");

        await using (var server = await app.StartAsync(_site.With(
            ("Database__BackupFolder", folder), ("Database__BackupInterval", "00:00:01"), ("Database__BackupKeep", "2"))))
        {
            var clock = Stopwatch.StartNew();
            while (Backups(folder).Length < 2 || clock.Elapsed < TimeSpan.FromSeconds(4))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Backups after 30 s: {Backups(folder).Length}\n{server.Log}");
                await Task.Delay(250);
            }

            Assert.Equal(2, Backups(folder).Length);
        }

        // Restore: the newest backup becomes the database, and the app starts on it.
        var restored = Path.Combine(_site.Folder, "restored.db");
        File.Copy(Backups(folder).Max(StringComparer.Ordinal)!, restored);
        await using (var server = await app.StartAsync(_site.With(("ConnectionStrings__Dashboard", $"Data Source={restored}"))))
        {
            using var client = server.Client();
            using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
            using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal("/", await Site.SignInAsync(client, Site.AdminUser, Site.AdminPassword));
            var keys = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/quan-tri/khoa-api", UriKind.Relative)));
            Assert.Contains("truoc-sao-luu", keys, StringComparison.Ordinal);
        }

        Assert.Equal(_site.Query("SELECT Code FROM Units ORDER BY Code"), _site.Query("SELECT Code FROM Units ORDER BY Code", restored));
    }

    public void Dispose() => _site.Dispose();

    private static string[] Backups(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "dashboard-*.db") : [];
}
