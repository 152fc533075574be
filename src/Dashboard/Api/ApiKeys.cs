using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Api;

/// <summary>A key just issued: the only moment the clear key exists outside the caller's system.</summary>
public sealed record IssuedApiKey(int ClientId, string ClientName, string Key, string KeyPrefix);

/// <summary>A row of the API keys page: everything about a client except its key.</summary>
public sealed record ApiClientRow(int Id, string Name, string KeyPrefix, string CreatedBy, DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc, string? RevokedBy)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}

/// <summary>The outcome of issuing a key: the key, or an error in Vietnamese.</summary>
public sealed record IssueResult(IssuedApiKey? Issued, string? Error);

/// <summary>
/// Keys of the source systems that send figures: issued once in clear, stored as a SHA-256 hash, revoked by an
/// administrator (audited through <see cref="ApiClient"/>), checked in constant time on every request.
/// </summary>
public sealed class ApiKeys(IDbContextFactory<TargetsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Every key starts with this, so a leaked one is recognisable (secret scanners, logs).</summary>
    public const string KeyMarker = "tdk_";

    /// <summary>Random characters after the marker kept in clear as the prefix: enough to tell keys apart and find one.</summary>
    public const int PrefixRandomLength = 8;

    public const int MaxNameLength = 100;

    /// <summary>256 random bits, as the entity's comment promises: a fast hash is then enough.</summary>
    private const int KeyBytes = 32;

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiClients.AsNoTracking()
            .OrderBy(c => c.RevokedAtUtc != null).ThenBy(c => c.Name)
            .Select(c => new ApiClientRow(c.Id, c.Name, c.KeyPrefix, c.CreatedBy, c.CreatedAtUtc, c.LastUsedAtUtc, c.RevokedAtUtc, c.RevokedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Issues a key for the source system <paramref name="clientName"/>; the result holds the clear key, shown once.</summary>
    public async Task<IssueResult> IssueAsync(string clientName, string actingUser, CancellationToken cancellationToken = default)
    {
        var name = clientName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return new IssueResult(null, "Cần nhập tên hệ thống nguồn (ví dụ: he-thong-tthc).");
        }

        if (name.Length > MaxNameLength)
        {
            return new IssueResult(null, $"Tên hệ thống nguồn dài tối đa {MaxNameLength} ký tự.");
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        if (await db.ApiClients.AnyAsync(c => c.Name == name, cancellationToken))
        {
            return new IssueResult(null, $"Đã có hệ thống nguồn tên “{name}”. Hãy thu hồi khóa cũ rồi cấp khóa với tên khác, hoặc chọn tên khác.");
        }

        var key = KeyMarker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));
        var client = new ApiClient
        {
            Name = name,
            KeyPrefix = PrefixOf(key),
            KeyHash = Convert.ToHexStringLower(Hash(key)),
            CreatedBy = actingUser,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiClients.Add(client);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return new IssueResult(null, $"Đã có hệ thống nguồn tên “{name}”.");
        }

        return new IssueResult(new IssuedApiKey(client.Id, client.Name, key, client.KeyPrefix), null);
    }

    /// <summary>Revokes a client's key at once; the audit log records who did it. Returns an error in Vietnamese, or null.</summary>
    public async Task<string?> RevokeAsync(int clientId, string actingUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        db.AuditReason = "Thu hồi khóa API";
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return "Không tìm thấy hệ thống nguồn này.";
        }

        if (client.RevokedAtUtc is not null)
        {
            return $"Khóa của “{client.Name}” đã bị thu hồi trước đó.";
        }

        client.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        client.RevokedBy = actingUser;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// The active client holding <paramref name="presentedKey"/>, or null. Candidates are found by the clear prefix
    /// (indexed); the hashes are then compared in constant time. A match records when the key was last used.
    /// </summary>
    public async Task<ApiClientRow?> ValidateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presentedKey) || presentedKey.Length > 200 || !presentedKey.StartsWith(KeyMarker, StringComparison.Ordinal)
            || presentedKey.Length < KeyMarker.Length + PrefixRandomLength)
        {
            return null;
        }

        var prefix = PrefixOf(presentedKey);
        var presentedHash = Hash(presentedKey);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.ApiClients.AsNoTracking().Where(c => c.KeyPrefix == prefix && c.RevokedAtUtc == null).ToListAsync(cancellationToken);
        var match = candidates.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(presentedHash, Convert.FromHexString(c.KeyHash)));
        if (match is null)
        {
            return null;
        }

        // A bulk update, not a tracked save: when a key was last used is bookkeeping, not a change to the client, and
        // going through the audit interceptor would write one audit entry per API call.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ApiClients.Where(c => c.Id == match.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAtUtc, now), cancellationToken);
        return new ApiClientRow(match.Id, match.Name, match.KeyPrefix, match.CreatedBy, match.CreatedAtUtc, now, null, null);
    }

    private static string PrefixOf(string key) => key[..(KeyMarker.Length + PrefixRandomLength)];

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
