using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// The ingestion API end to end over the real SQLite demo database. This class has its own app (class fixture), and
/// each test that writes uses its own month after the demo data (2025-11 onwards), so no test sees another's figures.
/// </summary>
public class IngestionApiTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private const string SourceSystem = "he-thong-tthc";

    [Fact]
    public async Task Send_NoKey_Answers401WithAVietnameseProblem()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri(IngestionEndpoints.FiguresPath, UriKind.Relative), Json(Batch("2025-11", "replace", Item("so-tu-phap", "DIGITIZED", 1, 2))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ApiProblem.ContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>();
        Assert.Contains("Thiếu khóa API", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_UnknownKey_Answers401()
    {
        var key = await IssueKeyAsync("he-thong-khoa-sai");

        // Same prefix, different secret: found by prefix, refused by the hash comparison.
        using var response = await SendAsync(key[..^4] + "AAAA", Batch("2025-11", "replace", Item("so-tu-phap", "DIGITIZED", 1, 2)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("không hợp lệ hoặc đã bị thu hồi", (await response.Content.ReadFromJsonAsync<ApiProblem>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_RevokedKey_Answers401AndTheRevocationIsAudited()
    {
        var keys = factory.Services.GetRequiredService<ApiKeys>();
        var key = await IssueKeyAsync("he-thong-da-thu-hoi");
        var clientId = (await keys.ListAsync()).Single(c => c.Name == "he-thong-da-thu-hoi").Id;

        Assert.Null(await keys.RevokeAsync(clientId, "quantri"));
        using var response = await SendAsync(key, Batch("2025-11", "replace", Item("so-tu-phap", "DIGITIZED", 1, 2)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = await DbAsync();
        var revocation = await db.AuditLog.SingleAsync(a => a.EntityType == nameof(ApiClient) && a.Action == "Modified" && a.EntityKey == "he-thong-da-thu-hoi");
        Assert.Equal("quantri", revocation.UserName);
        Assert.Contains("RevokedAtUtc", revocation.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SignedInAdministratorWithoutKey_Answers401()
    {
        using var client = await factory.SignedInClientAsync("quantri", followRedirects: false);

        using var response = await client.PostAsync(new Uri(IngestionEndpoints.FiguresPath, UriKind.Relative), Json(Batch("2025-11", "replace", Item("so-tu-phap", "DIGITIZED", 1, 2))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiKey_OnAPage_DoesNotSignIn()
    {
        var key = await IssueKeyAsync("he-thong-trang");
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/?ky=2025-10", UriKind.Relative));
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_MalformedJson_Answers400WithAVietnameseMessageAndNoStackTrace()
    {
        var key = await IssueKeyAsync("he-thong-json-hong");

        // Sent as a form, as curl -d does without a Content-Type: still read as JSON (and refused as such), not routed away.
        using var response = await SendAsync(key, "{ \"month\": \"2025-11\", \"items\": [ { \"unitCode\": ", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("không phải JSON hợp lệ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_MissingMode_Answers400NamingTheField()
    {
        var key = await IssueKeyAsync("he-thong-thieu-mode");

        using var response = await SendAsync(key, """{ "month": "2025-11", "items": [] }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Trường mode", (await response.Content.ReadFromJsonAsync<ApiProblem>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SomeItemsBad_Answers422WithItemFieldAndMessageAndWritesNothing()
    {
        var key = await IssueKeyAsync("he-thong-loi");
        var month = new DateOnly(2026, 1, 1);
        var (measurementsBefore, auditBefore) = await CountsAsync(month);
        var body = """
            { "month": "2026-01", "mode": "replace", "items": [
              { "unitCode": "so-tu-phap", "indicatorCode": "DIGITIZED", "numerator": 12, "denominator": 40 },
              { "unitCode": "so-tu-phap", "indicatorCode": "FULL_ONLINE", "numerator": "12", "denominator": 40 },
              { "unitCode": "so-tu-phap", "indicatorCode": "CONTACTLESS", "numerator": 12.5, "denominator": 40 },
              { "unitCode": "khong-co", "indicatorCode": "DIGITIZED", "numerator": 1, "denominator": 2 }
            ] }
            """;

        using var response = await SendAsync(key, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ApiProblem>())!;
        Assert.Contains(problem.Errors!, e => e is { Item: 1, Field: "numerator", Path: "items[1].numerator" } && e.Message.StartsWith("Tử số phải là số", StringComparison.Ordinal));
        Assert.Contains(problem.Errors!, e => e is { Item: 2, Field: "numerator" } && e.Message.Contains("phải là số nguyên", StringComparison.Ordinal));
        Assert.Contains(problem.Errors!, e => e is { Item: 3, Field: "unitCode" } && e.Message.Contains("'khong-co'", StringComparison.Ordinal));
        Assert.DoesNotContain(problem.Errors!, e => e.Item == 0);
        Assert.Equal((measurementsBefore, auditBefore), await CountsAsync(month));

        // The refusal is in the import history, where office staff see failed sends.
        await using var db = await DbAsync();
        var refusal = await db.ImportBatches.SingleAsync(b => b.Id == problem.ImportId);
        Assert.Equal(("api:he-thong-loi", 3, 0), (refusal.UserName, refusal.RowsRejected, refusal.RowsAdded));
    }

    [Fact]
    public async Task Send_ValidBatch_WritesTheFiguresAuditedAndLinkedToTheImport()
    {
        var key = await IssueKeyAsync(SourceSystem);
        var month = new DateOnly(2025, 11, 1);

        using var response = await SendAsync(key, Batch("2025-11", "replace", Item("so-tu-phap", "DIGITIZED", 12, 40), Item("phuong-bien-hoa", "ONLINE_PROCESSED", 30, 45)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<FigureBatchAccepted>())!;
        Assert.Equal(("committed", 2, 0, 0), (accepted.Status, accepted.Added, accepted.Changed, accepted.Unchanged));

        await using var db = await DbAsync();
        var written = await db.Measurements.Include(m => m.Unit).Include(m => m.Indicator).Where(m => m.Month == month).ToListAsync();
        var digitized = Assert.Single(written, m => m.Unit!.Code == "so-tu-phap");
        Assert.Equal((12L, 40L, MeasurementSource.Api, "api:he-thong-tthc"), (digitized.Numerator, digitized.Denominator, digitized.Source, digitized.UpdatedBy));

        var import = await db.ImportBatches.SingleAsync(b => b.Id == accepted.ImportId);
        Assert.Equal(("api:he-thong-tthc", "api:he-thong-tthc", MeasurementSource.Api, 2), (import.Origin, import.UserName, import.Source, import.RowsAdded));
        var audit = await db.AuditLog.Where(a => a.ImportBatchId == import.Id).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(("Measurement", "api:he-thong-tthc"), (a.EntityType, a.UserName)));

        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var value = engine.Value(digitized.UnitId, "DIGITIZED", Period.ForMonth(new YearMonth(2025, 11)));
        Assert.Equal(0.3m, value.Ratio);
        Assert.NotNull((await factory.Services.GetRequiredService<ApiKeys>().ListAsync()).Single(c => c.Name == SourceSystem).LastUsedAtUtc);
    }

    [Fact]
    public async Task Send_SameBatchTwice_SecondChangesNothing()
    {
        var key = await IssueKeyAsync("he-thong-gui-lai");
        var month = new DateOnly(2025, 12, 1);
        using var first = await SendAsync(key, Batch("2025-12", "replace", Item("so-tu-phap", "DIGITIZED", 5, 9), Item("so-tu-phap", "FULL_ONLINE", 7, 8)));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var versions = await VersionsAsync(month);
        var counts = await CountsAsync(month);

        // The same figures with other spacing, key order and item order: the canonical hash is the same.
        using var second = await SendAsync(key, """
            {"items":[{"denominator":8,"numerator":7,"indicatorCode":"FULL_ONLINE","unitCode":"so-tu-phap"},
                      {"unitCode":"so-tu-phap","indicatorCode":"DIGITIZED","numerator":5.0,"denominator":9}],
             "mode":"replace","month":"2025-12"}
            """);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var accepted = (await second.Content.ReadFromJsonAsync<FigureBatchAccepted>())!;
        Assert.Equal(("alreadyApplied", 0, 0, 2, null), (accepted.Status, accepted.Added, accepted.Changed, accepted.Unchanged, accepted.ImportId));
        Assert.Equal(versions, await VersionsAsync(month));
        Assert.Equal(counts, await CountsAsync(month));
    }

    [Fact]
    public async Task Send_LockedMonth_Answers409WithTheLockMessageAndWritesNothing()
    {
        var key = await IssueKeyAsync("he-thong-khoa-so");
        var month = new DateOnly(2026, 2, 1);
        await using (var db = await DbAsync())
        {
            db.MonthLocks.Add(new MonthLock { Month = month, LockedBy = "quantri" });
            await db.SaveChangesAsync();
        }

        var counts = await CountsAsync(month);

        using var response = await SendAsync(key, Batch("2026-02", "replace", Item("so-tu-phap", "DIGITIZED", 1, 2)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Tháng 02/2026 đã khóa sổ", (await response.Content.ReadFromJsonAsync<ApiProblem>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(counts, await CountsAsync(month));
    }

    [Fact]
    public async Task Send_DatabaseFailsMidway_Answers500AsJsonAndWritesNothing()
    {
        var key = await IssueKeyAsync("he-thong-loi-may-chu");
        var month = new DateOnly(2026, 3, 1);
        await using (var db = await DbAsync())
        {
            // A real failure inside the commit: the second figure of the month is refused by the database itself.
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE TRIGGER FailSecondFigureOfMarch BEFORE INSERT ON Measurements
                WHEN NEW.Month = '2026-03-01' AND (SELECT COUNT(*) FROM Measurements WHERE Month = '2026-03-01') >= 1
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """);
        }

        var counts = await CountsAsync(month);
        using var response = await SendAsync(key, Batch("2026-03", "replace", Item("so-tu-phap", "DIGITIZED", 1, 2), Item("phuong-bien-hoa", "DIGITIZED", 3, 4)));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ApiProblem.ContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ApiProblem>())!;
        Assert.Contains("không có số liệu nào được ghi", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("injected", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(counts, await CountsAsync(month));
    }

    [Fact]
    public async Task IssuedKey_IsStoredOnlyAsItsHash()
    {
        var key = await IssueKeyAsync("he-thong-bam");

        await using var db = await DbAsync();
        var stored = await db.ApiClients.SingleAsync(c => c.Name == "he-thong-bam");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored.KeyHash);
        Assert.Equal(key[..12], stored.KeyPrefix);
        Assert.Matches("^tdk_[A-Za-z0-9_-]{43}$", key);

        // The whole file, and its write-ahead log if there is one: the clear key must be in neither.
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var secret = Encoding.UTF8.GetBytes(key[12..]);
        foreach (var path in new[] { file, file + "-wal", file + "-journal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(path);
            Assert.True(bytes.AsSpan().IndexOf(secret) < 0, $"The clear key was found in {Path.GetFileName(path)}.");
        }
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_DescribesOnlyTheApiWithItsKeyScheme()
    {
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var root = document.RootElement;
        var path = Assert.Single(root.GetProperty("paths").EnumerateObject());
        Assert.Equal(IngestionEndpoints.FiguresPath, path.Name);
        var post = path.Value.GetProperty("post");
        Assert.Contains("Gửi số liệu", post.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var body = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal(["month", "mode", "items"], body.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.True(post.GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(post.GetProperty("security")[0].TryGetProperty(ApiKeyAuthenticationHandler.SchemeName, out _));
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiKeyAuthenticationHandler.SchemeName);
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
    }

    private static string Item(string unitCode, string indicatorCode, long numerator, long denominator) =>
        $$"""{ "unitCode": "{{unitCode}}", "indicatorCode": "{{indicatorCode}}", "numerator": {{numerator}}, "denominator": {{denominator}} }""";

    private static string Batch(string month, string mode, params string[] items) =>
        $$"""{ "month": "{{month}}", "mode": "{{mode}}", "items": [ {{string.Join(", ", items)}} ] }""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<string> IssueKeyAsync(string clientName)
    {
        var result = await factory.Services.GetRequiredService<ApiKeys>().IssueAsync(clientName, "quantri");
        Assert.Null(result.Error);
        return result.Issued!.Key;
    }

    private async Task<HttpResponseMessage> SendAsync(string key, string body, string contentType = "application/json")
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(IngestionEndpoints.FiguresPath, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return await client.SendAsync(request);
    }

    private async Task<TargetsDbContext> DbAsync() =>
        await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateForAsync("test");

    /// <summary>The month's figures and the whole audit log: what "nothing was written" is checked against.</summary>
    private async Task<(int Measurements, int AuditEntries)> CountsAsync(DateOnly month)
    {
        await using var db = await DbAsync();
        return (await db.Measurements.CountAsync(m => m.Month == month), await db.AuditLog.CountAsync());
    }

    private async Task<List<(long Id, int Version)>> VersionsAsync(DateOnly month)
    {
        await using var db = await DbAsync();
        return (await db.Measurements.Where(m => m.Month == month).OrderBy(m => m.Id).Select(m => new { m.Id, m.Version }).ToListAsync())
            .Select(m => (m.Id, m.Version)).ToList();
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
