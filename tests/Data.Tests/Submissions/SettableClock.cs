namespace TargetsDashboard.Data.Tests.Submissions;

/// <summary>A clock the test moves: the round's deadlines are decided by the time of each step.</summary>
public sealed class SettableClock(DateTime utcNow) : TimeProvider
{
    public DateTime UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(UtcNow, DateTimeKind.Utc));
}
