namespace TargetsDashboard.Data.Entities;

/// <summary>
/// A source system allowed to send figures (the province's TTHC information system). Only a hash of its key is
/// stored; the key itself is shown once, when it is issued.
/// </summary>
public class ApiClient : IAudited
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The key's first characters, kept in clear so an administrator can tell keys apart and a lookup is indexed.</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>SHA-256 of the whole key (hex). The key is 256 random bits, so a fast hash is enough.</summary>
    public required string KeyHash { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }
}
