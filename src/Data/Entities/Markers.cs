namespace TargetsDashboard.Data.Entities;

/// <summary>Every change to an entity of this kind is written to the audit log.</summary>
public interface IAudited;

/// <summary>An entity with an optimistic concurrency token the interceptor raises on each update.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>An entity that records who changed it last and when.</summary>
public interface ITracked
{
    string UpdatedBy { get; set; }

    DateTime UpdatedAtUtc { get; set; }
}
